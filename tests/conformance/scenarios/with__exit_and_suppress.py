# A `with` block calls __enter__ on the way in and __exit__ on the way out, however it ends.
# __exit__ receives the exception (type, value, traceback) or three Nones; returning True
# swallows the exception. Notice `with a, b:` exits in reverse order.
class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"  exit {self.name}: {kind} {exc!r} traceback={tb is not None}")
        return self.swallow


with Resource("file") as handle:
    print("  inside with", handle)
print("after a clean block")

with Resource("quiet", swallow=True):
    print("  about to fail")
    raise ValueError("bad value")
    print("  not reached")
print("after a swallowed error")

try:
    with Resource("outer") as a, Resource("inner", swallow=False) as b:
        print("  using", a, b)
        {}["missing"]
except KeyError as e:
    print("caught", repr(e))


def first_line():
    with Resource("in function"):
        return "returned from inside with"


print(first_line())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
