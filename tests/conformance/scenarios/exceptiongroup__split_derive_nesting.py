# split() and subgroup() keep the shape of a nested group, drop empty branches, copy the
# traceback, cause and context onto each part, and build the parts with derive() -- so a
# subclass that overrides derive() keeps its class. Conditions may be a type, a tuple or
# a predicate (called on groups too); anything else is a TypeError.
class Tagged(ExceptionGroup):
    def derive(self, excs):
        print("  derive", self.message, len(excs))
        return Tagged(self.message + "*", excs)


def build():
    try:
        raise Tagged("top", [ValueError(1), Tagged("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
    except Tagged as e:
        e.__cause__ = RuntimeError("cause")
        return e


eg = build()
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(m.__cause__, r.__cause__, m.__traceback__ is not None, m.__suppress_context__)
print(eg.subgroup((KeyError, TypeError)))
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid"))
print(eg.subgroup(lambda e: True) is eg, eg.split(BaseException)[0] is eg)
print(eg.split(OSError) == (None, eg), eg.split(OSError)[1] is eg)
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)
for bad in (3, "x", (ValueError, 3), None):
    try:
        eg.split(bad)
    except TypeError as e:
        print(repr(bad), "TypeError:", e)
plain = ExceptionGroup("p", [ValueError(1), ExceptionGroup("q", [ValueError(2)])])
print(repr(plain.derive([KeyError(0)])), type(plain.derive([KeyboardInterrupt()])).__name__)
print(repr(plain.split(ValueError)), repr(plain.subgroup(KeyError)))


class NotAGroup(ExceptionGroup):
    def derive(self, excs):
        return ValueError("oops")


try:
    NotAGroup("n", [ValueError(), KeyError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)
