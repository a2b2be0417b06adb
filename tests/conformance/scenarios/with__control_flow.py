# `return`, `break` and `continue` inside a `with` block call __exit__(None, None, None) on
# the way out, innermost first, before any enclosing `finally`; a returned value survives.
# An __exit__ that raises while a `return` is leaving replaces the return.
# Notice the order of the exit lines around each `finally`.
class Tag:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        print("  enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("  exit", self.name, t, v)
        if self.fail:
            raise RuntimeError(f"{self.name} exit failed")


def returns_from_nested():
    try:
        with Tag("outer"), Tag("inner") as inner:
            return f"value from {inner.name}"
    finally:
        print("  finally")


print(returns_from_nested())

for i in range(4):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 3:
            break
        print("  body", i)
else:
    print("  no break?")

i = 0
while True:
    i += 1
    with Tag(f"w{i}"):
        try:
            if i == 2:
                break
        finally:
            print("  inner finally", i)


def exit_fails_on_return():
    with Tag("bad", fail=True):
        return "lost"


try:
    print(exit_fails_on_return())
except RuntimeError as e:
    print("caught:", e, "| context:", e.__context__)


def generator():
    with Tag("gen"):
        yield 1
        yield 2


g = generator()
print(next(g))
g.close()
print("closed")


def with_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        with Tag("in except"):
            return "from except"


print(with_in_except())
