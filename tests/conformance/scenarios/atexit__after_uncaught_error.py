# When the program dies of an uncaught exception, its traceback is printed first, then
# the atexit functions run, and the exit status stays 1.
import asyncio
import atexit

atexit.register(lambda: print("cleanup after the crash"))


async def main():
    await asyncio.sleep(0.5)
    raise KeyError("missing")


asyncio.run(main())
