# A @contextmanager function's result also works as a decorator: each call of the
# decorated function runs inside a fresh context. A generator that swallows the exception
# thrown into it suppresses it. Notice the StopIteration and RuntimeError cases.
import contextlib


@contextlib.contextmanager
def logged(label):
    print("start", label)
    yield
    print("end", label)


@logged("job")
def job(n):
    print("  working", n)
    return n * 2


print(job(1), job(2))


@contextlib.contextmanager
def swallow():
    try:
        yield "inside"
    except Exception as e:
        print("  swallowed", type(e).__name__)


with swallow() as value:
    print(value)
    raise StopIteration("stop")
with swallow():
    raise RuntimeError("rt")
print("both swallowed")


@contextlib.contextmanager
def reraise():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")


try:
    with reraise():
        1 / 0
except ValueError as e:
    print("ValueError:", e, "| context:", type(e.__context__).__name__)
