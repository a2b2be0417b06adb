# SystemExit raised inside a task leaves the event loop: the task stores it like any
# exception but its step re-raises it, so asyncio.run stops, cancels what is still running
# (main's finally runs at 0.500) and the program exits with status 3. Notice "after the
# sleep" is never printed, and the stored SystemExit is logged as never retrieved at exit.
import asyncio


async def quit_soon():
    await asyncio.sleep(0.5)
    print("quitting")
    raise SystemExit(3)


async def main():
    task = asyncio.create_task(quit_soon())
    try:
        await asyncio.sleep(1)
        print("after the sleep")
    finally:
        print("main's finally, task done:", task.done())


asyncio.run(main())
