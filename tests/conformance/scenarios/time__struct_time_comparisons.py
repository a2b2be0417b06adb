# time.struct_time compares as the tuple of its nine fields (CPython's is a tuple subclass):
# with another struct_time, with a tuple, and in sorting and max/min.
import time

a, b = time.gmtime(0), time.gmtime(86400)
print(a == time.gmtime(0), a != b, a < b, sorted([b, a]) == [a, b], a == tuple(a), a == (1970,))
print(max(a, b).tm_mday, min(b, a) == a)
print(a == 5, a != "x")
