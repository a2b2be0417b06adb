# Argument Clinic words a wrong argument "must be list, not None" (None by name, not its
# type), where hand-written checks say NoneType: both kinds side by side.
import heapq, time, sys, json, math, random, struct
tests = [
    lambda: heapq.heappush(None, 1),
    lambda: heapq.heappop(None),
    lambda: heapq.heapify(None),
    lambda: heapq.heappushpop(None, 1),
    lambda: time.strftime(None),
    lambda: sys.intern(None),
    lambda: sys.stdout.write(None),
    lambda: json.loads(None),
    lambda: json.dumps({None: 1, (1,): 2}),
    lambda: math.sqrt(None),
    lambda: math.floor(None),
    lambda: random.seed([]),
    lambda: "abc".startswith(None),
    lambda: b"abc".startswith(None),
    lambda: "a".split(1),
    lambda: "a".strip(1),
    lambda: "a".replace(None, "b"),
    lambda: "a".count(None),
    lambda: "a".center(3, None),
    lambda: str.maketrans("a", None),
    lambda: bytes.fromhex(None),
    lambda: type(None, (), {}),
    lambda: type("A", None, {}),
    lambda: type("A", (), None),
    lambda: format(1, None),
    lambda: (1).__format__(None),
    lambda: "x".encode(None),
    lambda: "x".encode("utf-8", None),
    lambda: b"x".decode(None),
    lambda: (1).to_bytes(1, None),
    lambda: ExceptionGroup(None, [ValueError()]),
    lambda: [1][None],
    lambda: "ab"[None],
    lambda: bytearray(b"a")[None],
    lambda: print(*None),
    lambda: print(**None),
    lambda: "a".join([None]),
    lambda: memoryview(b"a").tobytes(None),
    lambda: "a".ljust(2, 5),
    lambda: "abc".find(None),
    lambda: "abc".index(None),
    lambda: "a".partition(None),
    lambda: struct.pack(None),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "ok")
    except Exception as e:
        print(i, type(e).__name__, e)
