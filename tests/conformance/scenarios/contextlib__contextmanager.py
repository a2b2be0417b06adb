# contextlib.contextmanager turns a generator into a context manager: code before `yield`
# is __enter__, the yielded value is bound by `as`, code after is __exit__. An exception in
# the block is raised at the yield. Notice the errors for generators that misbehave.
import contextlib


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  {name} handled {e!r}")
    finally:
        print(f"</{name}>")


with tag("html") as t:
    with tag("body"):
        print("  content, outer is", t)
with tag("p"):
    raise ValueError("swallowed by the generator")
try:
    with tag("div"):
        raise KeyError("not handled")
except KeyError as e:
    print("KeyError escaped:", e)


@contextlib.contextmanager
def never_yields():
    if False:
        yield


@contextlib.contextmanager
def yields_twice():
    yield 1
    yield 2


for cm in (never_yields, yields_twice):
    try:
        with cm():
            print("  inside", cm.__name__)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(type(tag("x")).__name__)
