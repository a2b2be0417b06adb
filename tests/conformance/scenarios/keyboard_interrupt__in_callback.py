# KeyboardInterrupt raised by a plain callback is not logged as "Exception in callback":
# Handle._run re-raises it (and SystemExit), so it stops the loop and asyncio.run. Notice
# the worker waiting on the other task is cancelled on the way out and the program ends
# with the KeyboardInterrupt traceback (status 1 here, where a real Ctrl-C gives 130).
import asyncio


def interrupt():
    print("interrupting")
    raise KeyboardInterrupt


async def worker():
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise


async def main():
    asyncio.get_running_loop().call_later(0.25, interrupt)
    await asyncio.create_task(worker())
    print("not reached")


asyncio.run(main())
