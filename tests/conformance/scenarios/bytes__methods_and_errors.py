# The str-like methods of bytes work on ASCII: split/strip/find/count/replace, case changes,
# padding, hex() with a separator, fromhex, and %-formatting. Arguments must be bytes-like
# (or an int for find/count/in), never str. Notice each TypeError names what was wrong.
line = b"  GET /index.html HTTP/1.1\r\n"
print(line.strip(), line.split(), line.rstrip(b"\r\n").split(b" ", 1))
print(b"a,b,,c".split(b",", 2), b"a b  c".rsplit(None, 1), b"one\ntwo\r\nthree".splitlines(keepends=True))
print(b"banana".count(b"an"), b"banana".count(97), b"banana".find(b"na", 3), b"banana".rfind(b"na"), b"banana".index(b"n"))
print(b"banana".replace(b"a", b"o", 2), b"abc".replace(b"", b"-"), b"Hello World".swapcase(), b"hello world".title())
print(b"42".zfill(5), b"-42".zfill(5), b"ab".center(6, b"*"), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"\x00\xff\x10".hex(), b"\x00\xff\x10".hex("-"), b"abcdef".hex(" ", -2), bytes.fromhex(" 00 ff10 "))
print(b"%s=%d (%x) %r %5.2f %c%c" % (b"key", 42, 255, "é", 3.14159, 65, b"!"))
print(b"%(host)s:%(port)d" % {b"host": b"localhost", b"port": 8080})
print(b"tab\there".expandtabs(4), b"x".join([b"1", bytearray(b"2"), memoryview(b"3")]), b"ABC".lower().isalpha())
print(b"user@example.com".partition(b"@"), b"a.b.c".rpartition(b"."), b"prefix-data".removeprefix(b"prefix-"))
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"hello".translate(None, b"l"), b"\x80abc".isascii(), b"A1".isalnum())
for bad in (lambda: b"abc".find("a"), lambda: b"abc".split("b"), lambda: b"abc".startswith("a"),
            lambda: b"abc".count(256), lambda: "b" in b"abc", lambda: b"abc".index(b"z"),
            lambda: b"%s" % "text", lambda: b"%d" % b"1", lambda: bytes.fromhex("0g"),
            lambda: b"ab".center(5, "*"), lambda: b"abc".split(b""), lambda: b"x".hex("::")):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
