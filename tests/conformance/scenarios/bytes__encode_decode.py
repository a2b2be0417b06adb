# Text (str) becomes bytes with encode() and bytes become text with decode(); UTF-8 is the
# default. Characters outside ASCII take several bytes. Invalid input raises, unless an
# errors= policy says what to do. Notice the last decode is not caught.
word = "naïve café €"
raw = word.encode()
print(raw, len(word), len(raw))
print(raw.decode(), raw.decode("utf-8") == word)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-16-le"))
for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
    print(errors, word.encode("ascii", errors=errors))
broken = b"ok \xff\xfe end"
for errors in ("replace", "ignore", "backslashreplace"):
    print(errors, repr(broken.decode("utf-8", errors)))
try:
    word.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
    print(e.encoding, e.start, e.end, repr(e.object[e.start:e.end]))
print(str(b"bytes"), str(b"bytes", "ascii"), repr("é".encode()))
print(bytes("é", "utf-8"), bytearray("hi", "ascii"))
try:
    "x".decode()
except AttributeError as e:
    print("AttributeError:", e)
print(b"caf\xc3".decode())
