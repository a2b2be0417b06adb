# A property, __del__ or __getattribute__ set on a base class after its subclasses exist
# reaches the subclasses' instances (and a diamond's), as CPython's type slots are updated
# down the hierarchy: the property wins over the instance dict, instances are finalized,
# and every attribute read goes through the hook; inside a task as well.
import asyncio


class Base:
    pass


class Middle(Base):
    pass


class Left(Middle):
    pass


class Right(Middle):
    pass


class Diamond(Left, Right):
    pass


d = Diamond()
d.__dict__["size"] = "from the instance dict"
print("before:", d.size)
Base.size = property(lambda self: "from Base's property")
print("after:", d.size, Left().size)


def finalize(self):
    print("finalized", type(self).__name__)


Middle.__del__ = finalize
r = Right()
del r
print("Right gone")


def hooked(self, name):
    if name.startswith("dyn_"):
        return f"hook:{name}"
    return object.__getattribute__(self, name)


Base.__getattribute__ = hooked
print(Diamond().dyn_x)


async def main():
    leaf = Left()
    await asyncio.sleep(0)
    print(leaf.dyn_in_task, leaf.size)


asyncio.run(main())
del d
print("end")
