# wait_for(predicate) checks the predicate first and waits again after every wake-up until
# it is true; it returns the predicate's final value (not just True).
# Notice the consumer wakes on every notify_all() but only proceeds once 3 items exist.
import asyncio

items = []


async def consumer(cond):
    checks = 0

    def enough():
        nonlocal checks
        checks += 1
        return len(items) >= 3 and list(items)

    async with cond:
        result = await cond.wait_for(enough)
    print("consumer got", result, "after", checks, "checks")


async def producer(cond):
    for i in range(4):
        await asyncio.sleep(1)
        async with cond:
            items.append(i)
            print("producer added", i)
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond), producer(cond))
    async with cond:
        print("predicate already true:", await cond.wait_for(lambda: "at once"))


asyncio.run(main())
