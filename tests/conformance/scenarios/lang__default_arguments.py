# Default values are evaluated once, when the `def` runs, and then shared by every call.
# A mutable default (a list) therefore keeps what earlier calls put in it; the usual fix
# is `None` plus a fresh list inside. Notice when "computing default" is printed.
def compute_default():
    print("  computing default")
    return 42


def f(x=compute_default()):
    return x


print("defined f")
print(f(), f(1), f())
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_safe(1), append_safe(2))
def counter(_cache={"calls": 0}):
    _cache["calls"] += 1
    return _cache["calls"]
print(counter(), counter(), counter())
base = 10
def uses_base(x=base):
    return x
base = 20
print(uses_base(), base)
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
print(mixed.__defaults__, mixed.__kwdefaults__ if hasattr(mixed, "__kwdefaults__") else "n/a")
