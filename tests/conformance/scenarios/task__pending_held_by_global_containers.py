# Pending tasks a module global still holds at exit, through a set (what all_tasks returns),
# an object's attribute or a deque: CPython clears the globals first, so each task reports
# "Task was destroyed but it is pending!" with its coroutine still running, then closes it.
import asyncio
from collections import deque


async def tick(name):
    try:
        await asyncio.sleep(10)
    finally:
        print("closing", name)


class Holder:
    def __init__(self, task):
        self.task = task


async def main():
    for name in ("a", "b", "c"):
        asyncio.create_task(tick(name), name=name)
    await asyncio.sleep(0)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
tasks = sorted(asyncio.all_tasks(loop), key=lambda t: t.get_name())
pending = {tasks[0]}
holder = Holder(tasks[1])
queue = deque([tasks[2]])
del tasks
print("pending:", len(pending), holder.task.get_name(), queue[0].get_name())
loop.close()
print("closed")
