# str hashes follow the string's storage in CPython: one byte per character up to U+00FF,
# two up to U+FFFF, four beyond. Sets of such strings, and of bytes, iterate in the order
# those hashes give with PYTHONHASHSEED=0, which Loopscope reproduces. Notice the orders.
# hashseed: 0
latin = {"café", "naïve", "über", "façade", "jalapeño"}
bmp = {"€uro", "Δelta", "日本", "добро", "→arrow"}
astral = {"😀", "🐍snake", "𝔘nicode", "a😀b"}
print(latin)
print(bmp)
print(astral, {"mixed", "ÿ", "Ā", "𐀀"})
print({b"\x00", b"\xff", b"abc", b"", b"GET", b"POST"}, frozenset([b"k1", b"k2", b"k3"]))
print(set("héllo wörld"), {("é", 1), ("e", 2)}, {"": 1, "x": 2}.keys() | {"é"})
print(hash("é") == hash("é".encode("latin-1")), hash("abc") == hash(b"abc"), hash(b"") == hash("") == 0)
print(hash(memoryview(b"abc")) == hash(b"abc"), len({"a", b"a", "a"}), {1, "1", b"1"} == {b"1", "1", 1})
