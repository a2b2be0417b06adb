# When a task finishes, its done callbacks do not run inside it: each one is put in
# the ready queue, in the order they were added, and runs on a later turn of the loop.
# Watch main resume only after all three callbacks, because it was the last to be woken.
import asyncio


async def bake():
    await asyncio.sleep(1)
    print("bake: the cake is ready")
    return "cake"


def make_callback(who):
    def callback(task):
        print(f"callback {who}: the task gave {task.result()!r}")
    return callback


async def main():
    task = asyncio.create_task(bake())
    for who in ["first", "second", "third"]:
        task.add_done_callback(make_callback(who))
    print("main: three callbacks added, now awaiting the task")
    result = await task
    print("main: resumed with", repr(result))


asyncio.run(main())
