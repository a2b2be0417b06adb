# return_when=FIRST_EXCEPTION returns when a task raises (or when all are done if none
# does). A cancelled task does not count as an exception.
# Notice the first wait() ignores the cancelled task and returns at 1.000 for the failure;
# the second, with no failures, waits for everything.
import asyncio


async def job(seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise RuntimeError("boom")
    return seconds


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    a = asyncio.create_task(job(0.5), name="a")
    b = asyncio.create_task(job(1, fail=True), name="b")
    c = asyncio.create_task(job(5), name="c")
    d = asyncio.create_task(job(3), name="d")
    d.cancel()
    done, pending = await asyncio.wait([a, b, c, d], return_when=asyncio.FIRST_EXCEPTION)
    print("done:", names(done), "pending:", names(pending), "b:", repr(b.exception()))
    c.cancel()
    e = asyncio.create_task(job(2), name="e")
    f = asyncio.create_task(job(1), name="f")
    done, pending = await asyncio.wait([e, f], return_when=asyncio.FIRST_EXCEPTION)
    print("done:", names(done), "pending:", names(pending))


asyncio.run(main())
