# A class's own __getattribute__ sees every attribute read on its instances (methods,
# properties, missing names), object.__getattribute__ and super() bypass it, and its
# AttributeError falls back to __getattr__; awaited methods go through it too. object's
# slot dunders print as slot wrappers (method-wrappers when bound).
import asyncio


class Traced:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  get", name)
        return object.__getattribute__(self, name)

    @property
    def doubled(self):
        return self.value * 2

    async def fetch(self, n):
        await asyncio.sleep(0.1)
        return self.value + n


class WithFallback:
    def __init__(self):
        self.real = "real"

    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(f"{name} is hidden")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback for {name}"


class Strict(WithFallback):
    def __getattr__(self, name):
        raise AttributeError(f"no {name!r} here")


class Renamed:
    def __getattribute__(self, name):
        return name.upper()


async def main():
    t = Traced()
    print(t.value)
    print(t.doubled)
    print(await t.fetch(41))
    print(hasattr(t, "missing"), getattr(t, "missing", "default"))
    print(object.__getattribute__(t, "value"))
    print(type(t).__getattribute__ is Traced.__getattribute__, object.__getattribute__)

    w = WithFallback()
    print(w.real, w.hidden, w.other)
    print(getattr(w, "hidden"), hasattr(w, "hidden"))
    try:
        Strict().hidden
    except AttributeError as exc:
        print("AttributeError:", exc)
    try:
        object.__getattribute__(w, "nothing")
    except AttributeError as exc:
        print("AttributeError:", exc)

    print(object.__setattr__, Traced.__eq__, BaseException.__init__, object.__format__)
    print(WithFallback().__setattr__)

    r = Renamed()
    print(r.anything, r.x, getattr(r, "y"))
    try:
        object.__getattribute__(r, 5)
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
