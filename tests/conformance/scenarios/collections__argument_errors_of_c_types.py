# Argument errors worded as CPython's C code words them: deque.index's slice indices,
# permutations' r, OrderedDict's argument counts, and move_to_end's KeyError for a tuple key.
import collections, itertools
from collections import OrderedDict, deque
from enum import IntEnum
class N(IntEnum):
    TWO = 2
tests = [
    lambda: deque([1, 2, 3]).index(1, 'a'),
    lambda: deque([1, 2, 3]).index(3, 0, 2**70),
    lambda: deque([1, 2, 3]).index(3, -2**70),
    lambda: deque([1, 2, 3]).index(2, N.TWO - 1),
    lambda: deque([1, 2, 3]).index(1, None),
    lambda: list(itertools.permutations('abc', 'x')),
    lambda: list(itertools.permutations('abc', 2.0)),
    lambda: list(itertools.permutations('abc', True)),
    lambda: list(itertools.permutations('abc', N.TWO)),
    lambda: list(itertools.permutations('ab', None)),
    lambda: list(itertools.permutations(5, 'x')),
    lambda: OrderedDict({}, {}),
    lambda: OrderedDict({}, {}, {}),
    lambda: OrderedDict([('a', 1)], b=2),
    lambda: OrderedDict().update({}, {}),
    lambda: OrderedDict(a=1).move_to_end(('x',)),
    lambda: OrderedDict(a=1).move_to_end(()),
    lambda: OrderedDict(a=1).move_to_end(('p', 'q')),
    lambda: OrderedDict(a=1).move_to_end('zz'),
]
for t in tests:
    try:
        print("OK", t())
    except Exception as e:
        print(type(e).__name__, repr(e), e)
od = OrderedDict(x=1)
od.update([("y", 2)], z=3)
od.move_to_end("x")
print(od, OrderedDict(od, w=0))
