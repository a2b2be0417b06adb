# pprint's dispatch table is keyed by the __repr__ a class uses (so a subclass that keeps
# its base's repr prints as the base, and the known recipe of registering
# _dispatch[P.__repr__] works); UserDict/UserList/UserString print as what they wrap;
# underscore_numbers covers int subclasses that keep int's repr; a PrettyPrinter made with
# no stream writes to the sys.stdout of the time it was made.
import contextlib
import enum
import io
import pprint
import sys
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque

table = pprint.PrettyPrinter._dispatch
print(list(table)[0], table[dict.__repr__].__name__, len(table))
print([table[c.__repr__].__name__ for c in (UserDict, UserList, UserString, Counter, ChainMap)])


class D(dict):
    pass


class DD(defaultdict):
    pass


class OD(OrderedDict):
    pass


class Own(list):
    def __repr__(self):
        return "Own" + list.__repr__(self)


class UL(UserList):
    pass


for obj in (D(a=list(range(12)), b="x" * 30), DD(list, {"k": list(range(12))}),
            OD((str(i), i) for i in range(6)), Own(range(30)), UL(range(12)),
            UserDict({f"key{i}": [i] * 5 for i in range(4)}), UserString("word " * 14),
            [UserString("a b c d e f g " * 4)], {"u": UserList([UserDict(x=1)] * 6)},
            deque(range(12)), bytearray(b"z" * 50), frozenset(range(12))):
    print(type(obj).__name__)
    pprint.pprint(obj, width=40)


class MyInt(int):
    pass


class E(enum.IntEnum):
    BIG = 10**7


for obj in (MyInt(1000000), True, E.BIG, [MyInt(12345678), 1234567], {MyInt(10**6): 10**6}):
    print(pprint.pformat(obj, underscore_numbers=True), pprint.pformat(obj))
print(pprint.saferepr(MyInt(5)), pprint.isreadable(MyInt(5)), pprint.isreadable(E.BIG))


class P:
    def __repr__(self):
        return "P(" + "x" * 100 + ")"


class MyPrinter(pprint.PrettyPrinter):
    _dispatch = pprint.PrettyPrinter._dispatch.copy()

    def _pprint_p(self, obj, stream, indent, allowance, context, level):
        stream.write("custom P")
    _dispatch[P.__repr__] = _pprint_p


MyPrinter().pprint([P(), P()])
MyPrinter().pprint(P())
pprint.pprint(P(), width=20)

pp = pprint.PrettyPrinter()
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    pp.pprint("made before")
    pprint.pprint("module function")
    pprint.PrettyPrinter().pprint("made inside")
print("captured:", repr(buf.getvalue()))
print(pp._stream is sys.stdout)


class Counting:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)


c = Counting()
pprint.pprint([1, 2], stream=c)
print(c.calls)
