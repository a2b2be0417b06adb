# update_wrapper copies __module__, __name__, __qualname__, __doc__ and the wrapped
# function's own attributes, then sets __wrapped__. total_ordering needs one ordering
# method and builds the rest from it. Notice which attributes move and the ValueError.
import functools


def original(x):
    "The original."
    return x


original.tag = "kept"


def shell(*args):
    return original(*args)


functools.update_wrapper(shell, original)
print(shell.__name__, shell.__qualname__, shell.__doc__, shell.tag, shell.__wrapped__ is original)
print(shell.__module__, "tag" in shell.__dict__, "__wrapped__" in shell.__dict__)


def keep_name(func):
    @functools.wraps(func, assigned=("__name__",))
    def inner():
        return func()
    return inner


@keep_name
def job():
    "Job docs."


print(job.__name__, job.__doc__, job.__qualname__)


@functools.total_ordering
class Size:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        return self.n <= other.n

    def __eq__(self, other):
        return self.n == other.n


print(Size(1) < Size(2), Size(2) > Size(2), Size(3) >= Size(2), Size(1) <= Size(1))
try:
    @functools.total_ordering
    class Flat:
        pass
except ValueError as e:
    print("ValueError:", e)
