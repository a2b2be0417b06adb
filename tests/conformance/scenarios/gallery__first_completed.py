# asyncio.wait(return_when=FIRST_COMPLETED) returns as soon as one task finishes, with
# the done and pending sets; the pending ones keep running. as_completed() then yields
# the remaining results in the order they finish, not the order they were started.
import asyncio


async def mirror(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} after {seconds} s"


async def first_of(tasks):
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    # Sets of tasks print in no fixed order: keep lists, sorted by name.
    return [t.result() for t in done], sorted(pending, key=lambda t: t.get_name())


async def main():
    tasks = [asyncio.create_task(mirror(n, s), name=n)
             for n, s in [("eu", 1.5), ("us", 0.5), ("asia", 1.0)]]
    first, pending = await first_of(tasks)
    print("first:", first)
    print("still running:", [t.get_name() for t in pending])
    for next_done in asyncio.as_completed(pending):
        print("then:", await next_done)


asyncio.run(main())
