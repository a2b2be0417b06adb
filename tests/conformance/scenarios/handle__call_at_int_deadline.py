# loop.call_at with an int deadline: when() and the repr show the int the program gave
# (CPython keeps the object), a float stays a float, and call_later's deadline is a float.
import asyncio


def ring(name):
    print("ring", name, asyncio.get_running_loop().time())


async def main():
    loop = asyncio.get_running_loop()
    at_int = loop.call_at(2, ring, "int")
    at_float = loop.call_at(1.5, ring, "float")
    later = loop.call_later(1, ring, "later")
    print(at_int.when(), type(at_int.when()).__name__, at_float.when(), later.when())
    print(repr(at_int).split(" ")[:2], repr(at_float).split(" ")[:2])
    print(hash(at_int) == hash(2), at_float < at_int, at_int == loop.call_at(2, ring, "twin"))
    cancelled = loop.call_at(3, ring, "cancelled")
    cancelled.cancel()
    print(repr(cancelled).split(" ")[:3])
    await asyncio.sleep(2.5)
    print(at_int.when(), repr(at_int).split(" ")[:2])


asyncio.run(main())
