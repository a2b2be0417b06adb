# Lists and tuples compare item by item until two differ; lists of different lengths are
# unequal (== and !=) without asking their items, tuples always ask. An ordering compares
# the first differing pair with the operator itself. struct.unpack_from reads one record.
import struct

log = []


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(f"eq {self.v} {other.v}")
        return self.v == other.v

    def __lt__(self, other):
        log.append(f"lt {self.v} {other.v}")
        return self.v < other.v


a = [Loud(1), Loud(2)]
b = [Loud(1), Loud(2), Loud(3)]
print(a == b, a != b, log)
log.clear()
print(tuple(a) == tuple(b), log)
log.clear()
print(a < b, [Loud(1), Loud(5)] < [Loud(1), Loud(3)], log)
log.clear()
print((1, 2, 3) < (1, 2, 4), [1, 2] <= [1, 2], (1, [2]) == (1, [2]), [[1]] > [[0, 9]])
same = Loud(7)
print([same] == [same], log)

record = struct.Struct("<HI")
data = b"".join(record.pack(i, i * i) for i in range(1000))
print(sum(record.unpack_from(data, offset)[1] for offset in range(0, len(data), record.size)))
print(struct.unpack_from("<H", data, -2), struct.unpack_from("<HI", bytearray(data), 6))
try:
    struct.unpack_from("<I", data, len(data) - 2)
except struct.error as e:
    print("struct.error:", e)
