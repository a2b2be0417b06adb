# inspect.getfullargspec, the older API over signatures: positional-only parameters join
# args, bound methods and classes keep self, wrappers are not followed.
import functools
import inspect


def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    pass


class C:
    def __init__(self, x, y=1):
        pass

    def method(self, q: str):
        pass

    def __call__(self, z):
        pass


@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)


for target in (f, C, C.method, C(1).method, C(1), lambda: 0, wrapper, functools.partial(f, 1)):
    print(inspect.getfullargspec(target))
spec = inspect.getfullargspec(f)
print(spec.args, spec.kwonlydefaults, type(spec).__name__, spec._fields)
try:
    inspect.getfullargspec(5)
except TypeError as e:
    print("TypeError:", e, type(e.__cause__).__name__)
