# str.maketrans and bytes.maketrans are static methods: called through an instance
# ("".maketrans(...), as some tutorials write it) they take no receiver, whether called
# at once or taken first. Static and class methods of built-in types show as built-in
# methods of their type.
class Text(str):
    pass


table = "".maketrans("abc", "xyz", "!")
print("aabbcc!".translate(table), table)
make = "hello".maketrans
print(make({"h": "J"}), "hello".translate(make("lo", "01")))
print(Text("t").maketrans("t", "T"), b"".maketrans(b"a", b"b")[97])
try:
    "".maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
print(str.maketrans, bytes.maketrans, object.__new__)
print(dict.fromkeys, int.from_bytes, {}.fromkeys("ab"), (1).from_bytes(b"\x01\x00", "big"))
