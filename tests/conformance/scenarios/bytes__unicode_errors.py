# UnicodeEncodeError and UnicodeDecodeError carry what failed: the codec, the object, the
# range [start, end) and the reason; str(e) is built from them. UTF-8 reports each maximal
# invalid sequence, ASCII and Latin-1 a run of characters they cannot encode. Notice the
# ranges, and that an unknown error handler is only an error once an error occurs.
samples = [b"\xff", b"ok\xc3", b"\xe2\x82", b"\xe0\x80\x80", b"\xed\xa0\x80", b"a\xf0\x9f\x98b"]
for data in samples:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        print(repr(data), e.start, e.end, e.reason, "|", data.decode("utf-8", "replace"))
for text, codec in [("naïve", "ascii"), ("€uro €", "latin-1"), ("😀!", "ascii")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print(e, "|", e.args[2:4], text.encode(codec, "replace"), text.encode(codec, "xmlcharrefreplace"))
print("é€😀".encode("utf-16-le"), "é".encode("utf-32-be"), b"\xff\xfeh\x00i\x00".decode("utf-16"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("ascii", "ignore"), b"caf\xe9".decode("ascii", "backslashreplace"))
print("ok".encode("ascii", "bogus"), "é".encode("UTF8"), b"x".decode(encoding="Latin_1"))
err = UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "custom reason")
print(err, repr(err.object), isinstance(err, ValueError), issubclass(UnicodeEncodeError, UnicodeError))
for bad in (lambda: "é".encode("ascii", "bogus"), lambda: "x".encode("no-such-codec"),
            lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"), lambda: "x".encode(errors=5),
            lambda: str(b"\xff\xfe", "utf-16-le", "strict") and b"\x00".decode("utf-16-le"),
            lambda: "abc".encode("hex"), lambda: str(42, "utf-8"), lambda: bytes("é", "ascii")):
    try:
        print(bad())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
