# An exception that escapes main() propagates out of asyncio.run() and ends the program:
# Python prints a traceback on stderr and the exit status is 1.
# Notice the output printed before the error is kept, and nothing after it runs.
import asyncio


async def main():
    print("loading settings")
    await asyncio.sleep(0.5)
    settings = {"port": 8080}
    print("host is", settings["host"])


asyncio.run(main())
print("never printed")
