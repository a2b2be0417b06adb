# as_completed() yields awaitables that produce results in the order the tasks finish, not
# the order they were given. A failing task raises its exception at the matching await.
# Notice the results come out fastest-first, with the failure in its time slot.
import asyncio


async def fetch(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ConnectionError(f"{name} unreachable")
    return f"{name} ({seconds}s)"


async def main():
    tasks = [asyncio.create_task(fetch(n, s, n == "c"))
             for n, s in (("a", 3), ("b", 1), ("c", 2), ("d", 0.5))]
    for number, next_result in enumerate(asyncio.as_completed(tasks)):
        try:
            print(number, await next_result)
        except ConnectionError as e:
            print(number, "failed:", e)
    print(type(asyncio.as_completed(tasks)).__name__)


asyncio.run(main())
