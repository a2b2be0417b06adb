# Tasks are futures, so add_done_callback() works on them too: the callback receives the
# finished task. A coroutine awaiting the task is woken by a callback of the same kind,
# so everything runs in registration order. Notice "watcher" resumes between the callbacks.
import asyncio


def announce(task):
    print("callback:", task.get_name(), "finished with", task.result())


async def job():
    await asyncio.sleep(1)
    return "report.pdf"


async def watcher(task):
    print("watcher: awaiting", task.get_name())
    value = await task
    print("watcher: resumed with", value)


async def main():
    task = asyncio.create_task(job(), name="render")
    task.add_done_callback(announce)
    w = asyncio.create_task(watcher(task))
    await asyncio.sleep(0)
    task.add_done_callback(lambda t: print("late callback, done?", t.done()))
    await w


asyncio.run(main())
