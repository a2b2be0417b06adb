# A subscript store or deletion on a temporary container: the container's __del__ runs right
# after the store, before the next statement prints (CPython decrefs its operands at once).
import asyncio


class Box:
    def __init__(self, name):
        self.name = name

    def __setitem__(self, key, value):
        print("set", self.name, key, value)

    def __delitem__(self, key):
        print("del item", self.name, key)

    def __del__(self):
        print("finalized", self.name)


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __del__(self):
        print("key finalized", self.n)


Box("a")[0] = 1
print("after store")
del Box("b")[1]
print("after delete")
del Box("c")[Key(2)]
print("after delete with a temporary key")

d = {"k": Key(3)}
d["k"] = "replaced"
print("after replace", d)
del d["k"]
print("after delete from dict", d)

items = [Key(4), Key(5)]
items[0] = None
print("after list store")
del items[1]
print("after list delete", items)


async def main():
    Box("in a task")["x"] = await asyncio.sleep(0, "awaited")
    print("after awaited store")
    try:
        Box("failing")[0]
    except TypeError as e:
        print("TypeError:", e)
    print("after failed read")


asyncio.run(main())
