# The shield works one way only: if the inner task itself is cancelled, or raises, the
# awaiting caller sees that. shield() of a finished task returns that same task.
# Notice CancelledError reaches the caller when the inner task is cancelled directly.
import asyncio


async def work(seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise KeyError("missing")
    return seconds


async def main():
    inner = asyncio.create_task(work(5))
    outer = asyncio.shield(inner)
    print("shield() returns a", type(outer).__name__, "| done:", outer.done())
    asyncio.get_running_loop().call_later(1, inner.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancelled -> caller gets CancelledError; outer:", outer)
    try:
        await asyncio.shield(work(0.5, fail=True))
    except KeyError as e:
        print("inner raised ->", repr(e))
    done = asyncio.create_task(work(0))
    await done
    print("shield of a done task returns it:", asyncio.shield(done) is done)


asyncio.run(main())
