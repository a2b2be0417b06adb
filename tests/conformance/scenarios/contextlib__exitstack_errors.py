# ExitStack runs its cleanups last-in first-out; an exception raised by one cleanup is
# passed to the next, and a cleanup returning True suppresses it. enter_context refuses an
# object without __enter__/__exit__. Notice which exception escapes and its context.
import contextlib


class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


with contextlib.ExitStack() as stack:
    print(stack.enter_context(Resource("a", suppress=True)), stack.enter_context(Resource("b")))
    raise KeyError("inside")
print("suppressed by a")

try:
    with contextlib.ExitStack() as stack:
        stack.callback(print, "cleanup 1")
        stack.callback(lambda: {}["k"])
        raise ValueError("body")
except KeyError as e:
    print("KeyError escaped:", e, "| context:", repr(e.__context__))

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

with contextlib.suppress():
    print("suppress() with no exceptions suppresses nothing")
try:
    with contextlib.suppress(KeyError):
        raise IndexError(3)
except IndexError as e:
    print("IndexError escaped:", e)
with contextlib.nullcontext() as nothing:
    print("nullcontext() gives", nothing)
