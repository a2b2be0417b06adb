# Each output line is stamped with the virtual time at which its FIRST character was
# written. A line started with print(..., end="") and finished later keeps its start time.
# Notice "loading... done" is stamped 0.000 although the dots and "done" came later.
import asyncio


async def main():
    print("loading", end="")
    for i in range(3):
        await asyncio.sleep(0.5)
        print(".", end="", flush=True)
    await asyncio.sleep(0.5)
    print(" done")
    print()
    print("a", "b", "c", sep=" | ")
    print("two\nlines at once")
    print("no newline at the very end", end="")


asyncio.run(main())
