# A timeout() block converts only its own cancellation into TimeoutError. If the task is
# cancelled from outside before the deadline, CancelledError passes through unchanged.
# If both happen, the outside cancel wins: the block raises CancelledError.
# Notice task.cancelling() goes back to 0 when the timeout handled its own cancel.
import asyncio


async def guarded(label):
    try:
        async with asyncio.timeout(2):
            await asyncio.sleep(10)
    except TimeoutError:
        print(label, "-> TimeoutError, cancelling() =", asyncio.current_task().cancelling())
    except asyncio.CancelledError:
        print(label, "-> CancelledError, cancelling() =", asyncio.current_task().cancelling())
        raise


async def main():
    await guarded("alone")
    t = asyncio.create_task(guarded("cancelled at 1"))
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    t = asyncio.create_task(guarded("cancelled at the deadline"))
    await asyncio.sleep(2)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("last task cancelled():", t.cancelled())


asyncio.run(main())
