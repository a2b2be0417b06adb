# An object with __index__ stands for an int wherever a built-in wants one: chr, hex,
# widths, counts, islice bounds, enumerate's start, find's start, bytes(n), slice.indices.
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
tests = [
 lambda: chr(I(65)), lambda: hex(I(65)), lambda: bin(I(5)), lambda: oct(I(9)),
 lambda: "ab".center(I(6), "*"), lambda: "ab".ljust(I(5)), lambda: "ab".zfill(I(5)),
 lambda: [1,2,3][I(1)], lambda: (1,2,3)[I(2)], lambda: "xyz"[I(0)], lambda: b"xyz"[I(0)],
 lambda: [1,2,3,4][I(1):I(3)], lambda: round(3.14159, I(2)), lambda: "ab" * I(3),
 lambda: [0] * I(2), lambda: range(I(3)), lambda: list(range(I(1), I(7), I(2))),
 lambda: int(I(4)), lambda: "abc".split("b", I(1)), lambda: bytes(I(3)),
 lambda: (10).to_bytes(I(2), "big"), lambda: format(I(5), "d") if False else 0,
 lambda: pow(I(2), I(3)), lambda: divmod(I(7), 2) if False else 0, lambda: [1,2,3].pop(I(0)),
 lambda: "abc".expandtabs(I(2)), lambda: __import__("itertools").islice("abcdef", I(2)),
 lambda: list(__import__("itertools").islice("abcdef", I(2))), lambda: __import__("math").comb(I(5), I(2)),
 lambda: __import__("operator").index(I(4)), lambda: [1,2,3].insert(I(0), 9),
 lambda: "abc".startswith("b", I(1)), lambda: "abcabc".find("c", I(3)), lambda: "abcabc".count("a", I(1)),
 lambda: bytearray(I(2)), lambda: complex(I(1)) if False else 0, lambda: float(I(3)) if False else 0,
 lambda: __import__("random").Random(1).randrange(I(10)),
 lambda: sorted([3,1,2])[I(0)], lambda: enumerate("ab", I(1)).__next__(),
 lambda: "{}".format(I(3)) if False else 0, lambda: slice(I(1), I(2)).indices(I(5)),
]
for i, t in enumerate(tests):
    try: print(i, repr(t()))
    except Exception as e: print(i, type(e).__name__, e)
