# shield(task) protects the task from being cancelled through the await: cancelling the
# caller raises CancelledError in the caller, but the shielded task keeps running.
# Notice "save finished" at 3.000 although main was cancelled at 1.000.
import asyncio


async def save():
    print("save started")
    await asyncio.sleep(3)
    print("save finished")
    return "saved"


async def caller(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("caller cancelled; save task cancelled?", task.cancelled())
        raise


async def main():
    task = asyncio.create_task(save())
    c = asyncio.create_task(caller(task))
    await asyncio.sleep(1)
    c.cancel()
    await asyncio.sleep(0)
    print("caller:", c.cancelled(), "| save:", task)
    print("save result:", await task)


asyncio.run(main())
