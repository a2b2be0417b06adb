# binascii is a C module in CPython and native here: every function's argument errors
# (Argument Clinic's wording), the uuencode pair, crc_hqx, strict base64 decoding, the
# module's exception classes and the functions' reprs.
import asyncio
import binascii


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


attempt("b2a_base64 str", lambda: binascii.b2a_base64("x"))
attempt("b2a_base64 newline str", lambda: binascii.b2a_base64(b"x", newline="a"))
attempt("b2a_base64 newline 0", lambda: binascii.b2a_base64(b"x", newline=0))
attempt("b2a_base64 newline 5", lambda: binascii.b2a_base64(b"x", newline=5))
attempt("b2a_base64 newline float", lambda: binascii.b2a_base64(b"x", newline=1.0))
attempt("b2a_base64 newline huge", lambda: binascii.b2a_base64(b"x", newline=2**70))
attempt("b2a_base64 two positional", lambda: binascii.b2a_base64(b"x", 1))
attempt("b2a_base64 none", lambda: binascii.b2a_base64())
attempt("b2a_base64 data=", lambda: binascii.b2a_base64(data=b"x"))
attempt("b2a_base64 bad keyword", lambda: binascii.b2a_base64(b"x", foo=1))
attempt("b2a_base64 three", lambda: binascii.b2a_base64(b"x", newline=1, extra=2))
attempt("b2a_base64 keywords only", lambda: binascii.b2a_base64(a=1, b=2, c=3))
attempt("b2a_base64 bytearray", lambda: binascii.b2a_base64(bytearray(b"ab")))
attempt("b2a_base64 memoryview", lambda: binascii.b2a_base64(memoryview(b"abc")))
for n in range(7):
    data = bytes(range(200, 200 + n))
    encoded = binascii.b2a_base64(data, newline=False)
    print(n, encoded, binascii.a2b_base64(encoded) == data)

attempt("crc32 str", lambda: binascii.crc32("x"))
attempt("crc32 start str", lambda: binascii.crc32(b"x", "a"))
attempt("crc32 start -1", lambda: binascii.crc32(b"x", -1))
attempt("crc32 start 2**40", lambda: binascii.crc32(b"x", 2**40))
attempt("crc32 start -2**70", lambda: binascii.crc32(b"hello", -2**70))
attempt("crc32 start float", lambda: binascii.crc32(b"x", 1.5))
attempt("crc32 start True", lambda: binascii.crc32(b"x", True))
attempt("crc32 none", lambda: binascii.crc32())
attempt("crc32 three", lambda: binascii.crc32(b"a", 1, 2))
attempt("crc32 keyword", lambda: binascii.crc32(data=b""))
attempt("crc32 running", lambda: binascii.crc32(b"world", binascii.crc32(b"hello ")))
attempt("crc32 whole", lambda: binascii.crc32(b"hello world"))

attempt("a2b_base64 int", lambda: binascii.a2b_base64(1))
attempt("a2b_base64 non-ascii", lambda: binascii.a2b_base64("é"))
for text in ["YQ", "YQ==", "Y", "YWJj\nZA==", "Y!Q==", "YQ=", "YWJjZ", "YWJjZ===", "", "====",
             "YQ==YQ==", "YWJjZA"]:
    attempt(f"a2b_base64 {text!r}", lambda: binascii.a2b_base64(text))
for text in ["YQ==", "=YQ==", "YQ==x", "Y!Q==", "Y=Q==", "YQ=", "YQ"]:
    attempt(f"strict {text!r}", lambda: binascii.a2b_base64(text, strict_mode=True))
attempt("a2b_base64 positional strict", lambda: binascii.a2b_base64("YQ", True))
attempt("a2b_base64 strict list", lambda: binascii.a2b_base64(b"", strict_mode=[]))

for text in ["zz", "abc", "ABcd", b"0a", bytearray(b"0a"), 5, "é1", ""]:
    attempt(f"a2b_hex {text!r}", lambda: binascii.a2b_hex(text))
attempt("unhexlify 0g", lambda: binascii.unhexlify("0g"))
attempt("a2b_hex none", lambda: binascii.a2b_hex())
attempt("a2b_hex two", lambda: binascii.a2b_hex(b"", b""))
attempt("a2b_hex keyword", lambda: binascii.a2b_hex(hexstr=b""))

attempt("hexlify sep 2", lambda: binascii.hexlify(b"abc", "-", 2))
attempt("hexlify sep bytes 2", lambda: binascii.hexlify(b"abc", sep=b"--"))
attempt("hexlify sep -2", lambda: binascii.hexlify(b"abcde", ":", -2))
attempt("hexlify sep int", lambda: binascii.hexlify(b"abc", 1))
attempt("hexlify str", lambda: binascii.hexlify("abc"))
attempt("b2a_hex empty", lambda: binascii.b2a_hex(b"", "-"))
attempt("hexlify latin-1 sep", lambda: binascii.hexlify(b"ab", "é"))
attempt("hexlify euro sep", lambda: binascii.hexlify(b"ab", "€"))
attempt("hexlify byte sep", lambda: binascii.hexlify(b"ab", b"\xff"))
attempt("hexlify per str", lambda: binascii.hexlify(b"ab", "-", "x"))
attempt("hexlify per 0", lambda: binascii.hexlify(b"ab", "-", 0))
attempt("hexlify data=", lambda: binascii.hexlify(data=b"ab"))
attempt("hexlify keywords", lambda: binascii.hexlify(b"abcdef", bytes_per_sep=2, sep="_"))
attempt("hexlify none", lambda: binascii.hexlify())
attempt("hexlify four", lambda: binascii.hexlify(b"a", "-", 1, 2))
attempt("hexlify bad keyword", lambda: binascii.hexlify(b"a", foo=1))
attempt("hexlify twice", lambda: binascii.hexlify(b"a", data=b"x"))
attempt("b2a_hex twice", lambda: binascii.b2a_hex(b"a", data=b"x"))

attempt("crc_hqx 0", lambda: binascii.crc_hqx(b"abc", 0))
attempt("crc_hqx ffff", lambda: binascii.crc_hqx(b"abc", 0xFFFF))
attempt("crc_hqx one arg", lambda: binascii.crc_hqx(b"abc"))
attempt("crc_hqx -1", lambda: binascii.crc_hqx(b"abc", -1))
attempt("crc_hqx 2**17", lambda: binascii.crc_hqx(b"abc", 2**17))
attempt("crc_hqx float", lambda: binascii.crc_hqx(b"a", 1.0))

attempt("b2a_uu abc", lambda: binascii.b2a_uu(b"abc"))
attempt("b2a_uu backtick", lambda: binascii.b2a_uu(b"abc", backtick=True))
attempt("b2a_uu empty", lambda: binascii.b2a_uu(b""))
attempt("b2a_uu empty backtick", lambda: binascii.b2a_uu(b"", backtick=True))
attempt("b2a_uu zeros backtick", lambda: binascii.b2a_uu(b"\0\0\0\0", backtick=True))
attempt("b2a_uu 45", lambda: len(binascii.b2a_uu(b"x" * 45)))
attempt("b2a_uu 46", lambda: binascii.b2a_uu(b"x" * 46))
attempt("b2a_uu backtick list", lambda: binascii.b2a_uu(b"a", backtick=[]))
for line in [b"#86)C\n", "", b"`\n", b"!!!!!!", b"#86)C   \n", b"#86)CXX\n", b"$86)C",
             b"#86)\x01\n", b"#86)C``\n"]:
    attempt(f"a2b_uu {line!r}", lambda: binascii.a2b_uu(line))
attempt("a2b_uu none", lambda: binascii.a2b_uu())
for n in (0, 1, 2, 3, 44, 45):
    data = bytes(range(n))
    print("uu", n, binascii.a2b_uu(binascii.b2a_uu(data)) == data)

print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.b2a_base64, type(binascii.crc32), binascii.crc32.__name__)
print(repr(binascii.Error("x")), binascii.Error.__module__, issubclass(binascii.Error, ValueError))
try:
    binascii.unhexlify("xyz!")
except ValueError as e:
    print("caught as ValueError:", type(e).__qualname__, e)


async def checksum(name, payload):
    await asyncio.sleep(0.01 * len(payload))
    return name, binascii.crc32(payload), binascii.b2a_base64(payload, newline=False)


async def main():
    results = await asyncio.gather(*(checksum(f"part{i}", bytes([i]) * i) for i in range(1, 5)))
    for name, crc, text in results:
        print(name, crc, text)


asyncio.run(main())
