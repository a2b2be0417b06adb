# asyncio.wait(tasks) waits until all are done (ALL_COMPLETED, the default) and returns
# two sets, (done, pending). It does not raise a task's exception: the failed task is just
# "done", and you look at it yourself. Sets have no order, so this prints them sorted by name.
# Notice wait() takes 2 seconds, the slowest task.
import asyncio


async def job(seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"job {seconds} failed")
    return seconds


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(s, s == 1), name=f"job{s}") for s in (2, 1, 0.5)]
    done, pending = await asyncio.wait(tasks)
    print("done:", names(done), "pending:", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception() is not None:
            print(t.get_name(), "raised", repr(t.exception()))
        else:
            print(t.get_name(), "returned", t.result())
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)


asyncio.run(main())
