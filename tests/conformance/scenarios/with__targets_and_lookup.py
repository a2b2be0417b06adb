# The `as` target of a `with` can be a name, a tuple (unpacked), an attribute or a
# subscript; several items may be parenthesized over many lines. __enter__ and __exit__ are
# looked up on the type, so instance attributes of those names are ignored.
# Notice what each target receives and the TypeError for the instance-only protocol.
class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *exc):
        print("  exit Pair", exc[:2], exc[2] is None)
        return None


class Holder:
    pass


h = Holder()
store = {}
with Pair() as (a, (b, c)):
    print("unpacked", a, b, c)
with Pair() as h.value, Pair() as store["key"]:
    print("attribute", h.value, "subscript", store["key"])
with (
    Pair() as first,
    Pair() as second,
):
    print("parenthesized", first is not second)
with Pair() as [x, *rest]:
    print("starred", x, rest)

try:
    with Pair() as (one, two, three):
        print("unreachable")
except ValueError as e:
    print("ValueError:", e)


class OnInstance:
    def __init__(self):
        self.__enter__ = lambda: "instance enter"
        self.__exit__ = lambda *a: None


try:
    with OnInstance():
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __enter__(self):
        print("  Base.__enter__ for", type(self).__name__)
        return "entered"

    def __exit__(self, *exc):
        print("  Base.__exit__")
        return False


class Child(Base):
    pass


with Child() as value:
    print("inherited", value)


class EnterRaises:
    def __enter__(self):
        raise LookupError("no entry")

    def __exit__(self, *exc):
        print("  never called")


def use():
    with EnterRaises():
        print("never runs")


use()
