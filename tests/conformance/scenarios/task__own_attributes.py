# Tasks and futures take the program's own attributes (C's _asyncio.Task has an instance
# dict): a done callback reads what was stored on the task. Such an attribute shadows a
# method; the private getters (_state, _coro, ...) are not writable; `del` removes one.
# Old tutorials' asyncio.Task.all_tasks() is gone: the error names '_asyncio.Task'.
import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    return n


def report(task):
    took = task.get_loop().time() - task.started
    print(f"job {task.job_id} -> {task.result()} after {took:.1f}s")


async def main():
    loop = asyncio.get_running_loop()
    tasks = []
    for i in range(3):
        t = asyncio.create_task(job(i))
        t.job_id, t.started = i * 100, loop.time()
        t.add_done_callback(report)
        tasks.append(t)
    await asyncio.gather(*tasks)
    t = tasks[1]
    del t.job_id
    print(hasattr(t, "job_id"), getattr(t, "missing", "default"), hasattr(t, "__dict__"))
    try:
        del t.job_id
    except AttributeError as e:
        print(e)
    t.result = lambda: "shadowed"
    print(t.result(), t.done())
    for name in ["_state", "_loop", "_coro", "_fut_waiter"]:
        try:
            setattr(t, name, None)
        except AttributeError as e:
            print(e)
    f = loop.create_future()
    f.tag, f._coro = "plain", "a plain future has no _coro getter"
    print(f.tag, f._coro)
    try:
        asyncio.Task.all_tasks()
    except AttributeError as e:
        print(e)
    try:
        asyncio.Future.tag = 1
    except TypeError as e:
        print(e)


asyncio.run(main())
