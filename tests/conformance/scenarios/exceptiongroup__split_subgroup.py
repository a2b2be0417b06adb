# ExceptionGroup methods: split() divides a group by type or predicate into (match, rest),
# subgroup() keeps only the match, and nesting is preserved. BaseExceptionGroup is the base
# that can hold any BaseException. Notice the constructor's checks and the classes chosen.
eg = ExceptionGroup(
    "outer",
    [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]), KeyError("k")],
)
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, LookupError))))
print(eg.subgroup(OSError), eg.split(Exception)[1])
print(str(eg), eg.message, len(eg.exceptions))
print(type(BaseExceptionGroup("mixed", [ValueError()])).__name__)
print(type(BaseExceptionGroup("base", [KeyboardInterrupt()])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
for args in (("empty", []), ("not exceptions", [1, 2]), (["no message"], [ValueError()])):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("base inside", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
leaves = []


def walk(group, depth=0):
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            walk(e, depth + 1)
        else:
            leaves.append((depth, repr(e)))


walk(eg)
print(leaves)
