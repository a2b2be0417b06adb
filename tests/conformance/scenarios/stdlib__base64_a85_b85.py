# base64: Ascii85 (fold nuls/spaces, pad, Adobe markers, wrapping) and Base85, round trips
# and the decoders' errors.
import base64
for data in (b"", b"h", b"hi", b"hello", b"\0\0\0\0", b"\0\0", b"    x", bytearray(b"\xff" * 7), memoryview(b"abc")):
    enc = (base64.b85encode(data), base64.b85encode(data, pad=True), base64.a85encode(data),
           base64.a85encode(data, foldspaces=True, pad=True), base64.a85encode(data, adobe=True, wrapcol=4))
    print(enc, base64.b85decode(enc[0]), base64.a85decode(enc[2]), base64.a85decode(enc[3], foldspaces=True),
          base64.a85decode(enc[4], adobe=True))
print(base64.a85encode(b"some longer text here!", wrapcol=7), base64.a85encode(b"xy" * 9, wrapcol=1, adobe=True))
print(base64.a85decode("87cURD]i,\"Ebo80"), base64.b85decode("Xk~0{Zy"), base64.a85decode(b"<~87cURD]i~>", adobe=True))
for f in (lambda: base64.b85decode(b"ab\x01cd"), lambda: base64.b85decode(b"~~~~~"), lambda: base64.a85decode(b"a z"),
          lambda: base64.a85decode(b"ab y", foldspaces=True), lambda: base64.a85decode(b"s8W-\""), lambda: base64.a85decode(b"ab{"),
          lambda: base64.a85decode(b"abc", adobe=True), lambda: base64.b85encode("str"), lambda: base64.a85decode(3),
          lambda: base64.b85decode("é"), lambda: base64.a85decode(b"a\x00b", ignorechars=b"\x00")):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
