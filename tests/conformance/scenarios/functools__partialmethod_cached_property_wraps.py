# functools' descriptors as CPython's: a partialmethod read through the class is a plain
# function and through an instance a partial of the bound method; cached_property stores in
# the instance's __dict__ (bypassing __setattr__) and refuses a class without one; wraps copies
# __annotations__ as the function's own attribute, not into its __dict__.
import asyncio
import functools


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, state, *, why="?"):
        self.state = state
        return f"{state} ({why})"

    set_alive = functools.partialmethod(set_state, True, why="born")
    set_dead = functools.partialmethod(set_state, False)

    @classmethod
    def make(cls, label):
        return f"{cls.__name__}:{label}"

    make_default = functools.partialmethod(make, "default")


class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError(f"frozen: {name}")

    @functools.cached_property
    def total(self):
        print("computing total")
        return 42


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def value(self):
        return 1


def add(x: int, y: int = 1) -> int:
    """Adds."""
    return x + y


@functools.wraps(add)
def logged(*args, **kwargs):
    return add(*args, **kwargs)


async def main():
    print(type(Cell.set_alive).__name__, Cell.set_alive.__name__)
    c = Cell()
    bound = c.set_alive
    print(type(bound).__name__, bound.func.__name__, bound.args, bound.keywords)
    print(c.set_alive(), c.state)
    print(c.set_dead(why="old age"), c.state)
    print(Cell.set_alive(c), c.state)
    print(Cell.make_default(), c.make_default())
    print(Cell.__dict__["make"].__get__(c, Cell)("direct"), add.__get__(None, Cell) is add)
    print(add.__get__(4)(), add.__get__(5, int)(), type(Cell.__dict__["set_state"].__get__(c)).__name__)
    f = Frozen()
    print(f.total, f.total, f.__dict__)
    try:
        Slotted().value
    except TypeError as e:
        print("TypeError:", e)
    print(logged.__name__, logged.__doc__, logged.__annotations__)
    print(sorted(logged.__dict__), logged(2))


asyncio.run(main())
