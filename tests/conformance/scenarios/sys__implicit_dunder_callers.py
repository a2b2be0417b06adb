# A special method the interpreter calls for an instruction (not through a builtin) runs
# with the instruction's frame as its caller: sys._getframe(1), warnings' stacklevel and
# traceback.print_stack all see it.
import sys
import traceback
import warnings

warnings.simplefilter("always")


def caller():
    return sys._getframe(2).f_code.co_name


class Probe:
    def __getattr__(self, name):
        print("__getattr__", name, "from", caller())
        return 1

    def __index__(self):
        print("__index__ from", caller())
        return 0

    def __hash__(self):
        print("__hash__ from", caller())
        return 1

    def __class_getitem__(cls, item):
        print("__class_getitem__ from", caller())
        return cls

    def keys(self):
        print("keys from", caller())
        return ["k"]

    def __getitem__(self, key):
        print("__getitem__", key, "from", caller())
        return 5

    def __iter__(self):
        print("__iter__ from", caller())
        return iter([1, 2])

    def __bool__(self):
        print("__bool__ from", caller())
        return True


class Deprecated:
    def __getattr__(self, name):
        warnings.warn(f"{name} is deprecated", DeprecationWarning, stacklevel=2)
        return 0


def __getattr__(name):
    warnings.warn(f"module attribute {name} is deprecated", UserWarning, stacklevel=2)
    return 42


def show_stack():
    traceback.print_stack(limit=2, file=sys.stdout)


class Stacked:
    def __getattr__(self, name):
        show_stack()
        return None


def exercise():
    p = Probe()
    p.missing
    [10, 20][p]
    [10, 20][p:p]
    lst = [1, 2, 3]
    lst[p] = 9
    del lst[p]
    {p: 1}
    {p}
    {p for _ in range(1)}
    {p: 0 for _ in range(1)}
    Probe[int]
    dict(**p)
    {**p}
    a, b = p
    first, *rest = p
    [*p]
    {*p}
    print(*p)
    print(p and "and-ed", p or "or-ed")
    print(Deprecated().old_name)
    module = sys.modules[__name__]
    print(module.OLD_CONSTANT)
    Stacked().anything


exercise()
