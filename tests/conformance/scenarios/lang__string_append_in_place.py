# Building text with s += x in a loop: a local string nobody else holds grows where it is,
# as CPython's unicode_concatenate makes it. Another name bound to the old text keeps it,
# and the hash, the ASCII flag and dict lookups follow the new text.
def build(n):
    s = ""
    for i in range(n):
        s += "x"
        if i == 3:
            t = s
            s += "!"
            print(repr(t), repr(s))
    s2 = "héllo"
    s2 = s2 + " wörld"
    s2 += "?"
    print(s2, len(s2), s2.isascii(), hash(s2) == hash("héllo wörld?"))
    u = "ab"
    h1 = hash(u)
    u += "c"
    print(hash(u) == hash("abc"), u == "abc", {u: 1}["abc"])
    w = "x"
    w += w
    print(w)
    return s
r = build(10)
print(r, len(r))
g = "a"
for i in range(3):
    g += "b"
print(g)
