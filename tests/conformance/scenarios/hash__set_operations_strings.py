# Set operations on strings keep CPython's hash order too: union, intersection and
# difference build new sets whose order depends on the hashes and the table size.
# Notice that sorted() gives an order that does not depend on hashing at all.
# hashseed: 0
import asyncio

online = {"ann", "bob", "cid", "dee", "eve"}
admins = {"bob", "eve", "fay"}


async def main():
    await asyncio.sleep(1)
    print(online | admins)
    print(online & admins, online - admins, online ^ admins)
    seen = set()
    for name in ["zed", "amy", "bob", "kim", "amy", "lou"]:
        seen.add(name)
    print(seen, sorted(seen))
    seen.discard("bob")
    seen.update(["joe", "ida"])
    popped = seen.pop()
    print(popped, seen)
    print({name: len(name) for name in online}, dict.fromkeys(admins, 0))
    print(list(set(["b", "a", "c"])), "-".join({"one", "two", "three"}))


asyncio.run(main())
