# Where CPython returns the object itself for an operation that changes nothing, `is` says
# so: whole slices of str, tuple and bytes, adding an empty one, repeating once, and str
# methods with nothing to do. Lists always copy.
t = (1, 2, 3)
s = "cat"
b = b"xy"
print(t[:] is t, t * 1 is t, t + () is t, () + t is t, t[0:3] is t, t[::1] is t)
print(t[:2] is t, t[::-1] is t, t * 2 is t)
print(s[:] is s, s + "" is s, "" + s is s, s * 1 is s, s[:-1] is s)
print(s.strip() is s, s.lstrip() is s, s.rstrip("x") is s, s.strip("c") is s)
print(s.replace("z", "q") is s, s.replace("c", "k", 0) is s, s.replace("c", "k") is s)
print(b[:] is b, b * 1 is b, bytearray(b)[:] is b)
word = "héllo"
print(word[:] is word, word[0:5] is word, word.strip() is word, word[:4])
padded = "  pad  "
print(padded.strip() is padded, repr(padded.strip()))
items = [1, 2]
print(items[:] is items, items * 1 is items, items + [] is items)


class Name(str):
    pass


name = Name("abc")
print(type(name[:]).__name__, type(name.strip()).__name__, name[:] is name)
total = ""
for part in ["a", "", "b"]:
    total += part
print(total)
