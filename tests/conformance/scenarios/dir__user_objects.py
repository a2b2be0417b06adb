# dir(obj) of a program's own class or instance: sorted names from the instance's __dict__,
# its class and base classes (methods, properties, class attributes, annotations) and what
# every object has from object (__class__, __init__, __weakref__, ...).
# Notice attributes set on the instance after creation show up, and only on that instance.
import asyncio
from dataclasses import dataclass


class Worker:
    """Does work."""
    kind = "worker"
    limit: int

    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        return self.name.upper()

    @classmethod
    def make(cls):
        return cls("made")

    @staticmethod
    def helper():
        return 1


class Fast(Worker):
    def __repr__(self):
        return "Fast()"


@dataclass
class Point:
    x: int = 0
    y: int = 0


async def main():
    w = Fast("w")
    await asyncio.sleep(1)
    w.extra = True
    print([n for n in dir(w) if not n.startswith("__")])
    print(dir(Fast) == dir(Worker), "extra" in dir(Fast), "__weakref__" in dir(w))
    print(dir(w))
    print(dir(Point))
    print(dir(Point(1, 2)) == dir(Point))


asyncio.run(main())
