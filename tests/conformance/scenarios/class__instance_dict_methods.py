# obj.__dict__ is the instance's own attribute dict: every dict method that changes it
# changes the instance. Popping a cached_property's entry is the usual way to reset it.
# globals() behaves the same for the module's names.
from functools import cached_property


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("  computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area)
c.r = 3
print(c.__dict__.pop("area"), c.area)
print(c.__dict__.pop("missing", "default"))
c.__dict__.setdefault("label", "big")
print(c.label, c.__dict__.setdefault("label", "small"))
print(c.__dict__.popitem(), hasattr(c, "label"))
c.__dict__.clear()
print(vars(c), hasattr(c, "r"))
try:
    c.r
except AttributeError as e:
    print("AttributeError:", e)
c.__dict__.update(r=1)
print(c.area, vars(c))
counter = 1
print(globals().pop("counter"), "counter" in globals())
globals().setdefault("made_here", 42)
print(made_here)
