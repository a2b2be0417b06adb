# Strings are sequences of characters (code points): indexing, negative indices, slicing
# with steps, iteration and `len` all count characters, not bytes. Slices never fail;
# indexing past the end raises IndexError.
s = "Loopscope"
print(s[0], s[-1], s[2:5], s[:4], s[4:], s[-5:-2], s[::2], s[::-1], s[1::3], s[-1:-6:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[:-100] == "", s[::-3], s[len(s) - 1])
u = "héllo, 世界! 🐍"
print(len(u), u[1], u[7:9], u[-1], u[::-1], [c for c in u if ord(c) > 127])
print(list("abc"), tuple("xy"), "".join(sorted("banana")), sorted(set("banana")))
print("ab" * 3, 3 * "-", "x" * 0 == "", "x" * -2 == "", "a" + "b" + "c")
print(min("hello"), max("hello"), "hello".index("l"), "c" in "abc", s.count("o"))
for i, ch in enumerate("hey"):
    print(i, ch, ord(ch), end="; ")
print()
try:
    print(s[9])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[-10])
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "l"
except TypeError as e:
    print("TypeError:", e)
try:
    print(s["1"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
