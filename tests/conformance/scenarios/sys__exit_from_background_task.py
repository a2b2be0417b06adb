# sys.exit() raises SystemExit; inside a background task it is not stored in the task like
# other exceptions: it propagates out of the event loop at once, and asyncio.run() then
# cancels the remaining tasks. Notice main() never reaches its last line; the status is 7.
import asyncio
import sys


async def watchdog():
    await asyncio.sleep(2)
    print("watchdog: giving up")
    sys.exit(7)


async def main():
    asyncio.create_task(watchdog())
    try:
        for i in range(5):
            await asyncio.sleep(1)
            print("main: step", i)
        print("main: finished")
    finally:
        print("main: finally (cancelled by asyncio.run's cleanup)")


try:
    asyncio.run(main())
finally:
    print("asyncio.run ended with", sys.exc_info()[0].__name__)
