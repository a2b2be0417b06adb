# types.MethodType binds any callable to an instance by hand: calls, reprs, __self__ and
# __func__, and the TypeErrors of a bad call.
import types


class Counter:
    def __init__(self):
        self.n = 0


def bump(self, by=1):
    self.n += by
    return self.n


c = Counter()
m = types.MethodType(bump, c)
print(m(), m(5), m.__self__ is c, m.__func__ is bump, type(m) is types.MethodType)
print(repr(m).startswith("<bound method bump of <__main__.Counter object at"))
print(types.MethodType(len, [1, 2, 3])())
for args in [(1, 2), (bump,), (bump, None), (bump, c, 3)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    types.MethodType(bump, c, x=1)
except TypeError as e:
    print("TypeError:", e)
