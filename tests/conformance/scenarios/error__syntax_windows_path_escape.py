# A Windows path in a plain string: `\U` starts a \UXXXXXXXX escape, which CPython reports
# as a unicode error with the escape's position in the literal.
import asyncio

LOG_DIR = "C:\Users\alice\logs"


async def main():
    await asyncio.sleep(0)
    print(LOG_DIR)


asyncio.run(main())
