# bytes is an immutable sequence of small ints (0..255). Indexing gives an int, slicing
# gives bytes, and repr shows printable ASCII as characters and the rest as \x escapes.
# Notice b"..." + "..." is a TypeError: bytes and str never mix implicitly.
data = b"GET /\r\n\x00\xff"
print(data, len(data), data[0], data[-1], data[:3], data[4:5])
print(list(b"AZaz"), bytes([72, 105]), bytes(3), bytes(range(65, 70)))
print(b"it's", b'say "hi"', b"both ' and \"", b"\t\\", rb"raw\n")
print(b"x" * 3, b"ab" + b"cd", b"b" in b"abc", 98 in b"abc", b"abc" < b"abd")
print([c for c in b"hi"], b"hello"[::-1], b"a,b,,c".split(b","))
print(b"  pad  ".strip(), b"Hello".upper(), b"hello".startswith(b"he"), b"hello".find(b"l"))
print(b"-".join([b"a", b"b", b"c"]), b"key=value".partition(b"="), b"x".isalpha())
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex(":"), b"%d items" % 5)
print(type(data[0]).__name__, type(data[0:1]).__name__, b"" == bytes(), b"A" == "A")
for bad in (lambda: b"abc" + "def", lambda: bytes([256]), lambda: bytes("text"),
            lambda: b"abc"[10], lambda: bytes.fromhex("zz")):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    data[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(b"".join([b"x", "y"]))
