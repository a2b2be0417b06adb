# Encodings: UTF-8 by default, others by name; tell() counts bytes. Reading bytes that do
# not decode raises UnicodeDecodeError, unless errors= says what to do with them.
with open("u.txt", "w") as f:
    f.write("héllo wörld\n")
    print(f.tell())
print(open("u.txt", "rb").read())
print(open("u.txt", encoding="latin-1").read(), end="")

with open("l.txt", "w", encoding="latin-1") as f:
    print(f)
    f.write("café\n")
print(open("l.txt", "rb").read())
print(open("l.txt", errors="replace").read(), end="")
print(open("l.txt", errors="ignore").read(), end="")
try:
    open("l.txt").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
try:
    open("x.txt", "w", encoding="ascii").write("naïve")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    open("u.txt", encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
with open("u.txt") as f:
    print(f.read(2), f.tell(), f.readline(), f.tell())
