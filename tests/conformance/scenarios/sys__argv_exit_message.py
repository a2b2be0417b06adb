# sys.argv holds the script name (and arguments); sys.exit("message") prints the message
# on stderr and exits with status 1. It works by raising SystemExit, so `finally` blocks
# and asyncio.run()'s cleanup still run. Notice the order of the last lines.
import asyncio
import sys

print(sys.argv, len(sys.argv[1:]))


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker cleaned up")


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(1)
    if len(sys.argv) < 2:
        try:
            sys.exit("usage: prog FILE")
        finally:
            print("finally runs before the exit")


asyncio.run(main())
print("never printed")
