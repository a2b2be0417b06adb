# Attribute reads, stores and method calls at one site stay right when what the site
# learnt goes stale: a class gains or loses a property, a subclass's property shadows an
# instance attribute, classes made in a loop differ in their slots, a method name becomes
# a data descriptor.
import asyncio


def read_x(obj):
    return obj.x


def store_y(obj, value):
    obj.y = value


def call_run(obj):
    return obj.run()


class Plain:
    def __init__(self):
        self.x = "own x"
        self.y = None

    def run(self):
        return "method run"


class Other(Plain):
    def __init__(self):
        self.y = None

    @property
    def x(self):
        return "Other.x property"


def make_class(i):
    if i % 3 == 0:
        return type(f"Slotted{i}", (), {"__slots__": ("x",)})
    if i % 3 == 1:
        return type(f"Prop{i}", (), {"x": property(lambda self, i=i: f"prop {i}")})
    return type(f"Dict{i}", (), {})


async def main():
    p = Plain()
    print(read_x(p), read_x(p))
    Plain.x = property(lambda self: "added property")
    print(read_x(p))
    del Plain.x
    print(read_x(p))

    store_y(p, 1)
    print(p.y, vars(p))
    seen = []
    Plain.y = property(lambda self: "y getter", lambda self, v: seen.append(v))
    store_y(p, 2)
    print(p.y, seen, vars(p))
    del Plain.y
    store_y(p, 3)
    print(p.y, vars(p))

    q = Other()
    print(read_x(p), read_x(q), vars(q), read_x(p))
    try:
        q.x = "no setter"
    except AttributeError as exc:
        print("AttributeError:", exc)

    print(call_run(p))
    p.run = lambda: "instance run"
    print(call_run(p))
    Plain.run = property(lambda self: lambda: "property run")
    print(call_run(p))

    for i in range(7):
        cls = make_class(i)
        obj = cls()
        if i % 3 != 1:
            obj.x = f"set {i}"
        await asyncio.sleep(0)
        print(type(obj).__name__, read_x(obj))
        try:
            store_y(obj, i)
            print("  y stored", obj.y)
        except AttributeError as exc:
            print("  AttributeError:", exc)


asyncio.run(main())
