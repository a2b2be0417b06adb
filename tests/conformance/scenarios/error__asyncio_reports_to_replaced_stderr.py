# With sys.stderr replaced (here by stdout), asyncio's reports from its default handler go to
# the current sys.stderr, as logging's last-resort handler writes them: a task whose exception
# was never retrieved, printed when the task dies.
import sys, asyncio
sys.stderr = sys.stdout


async def fail():
    raise ValueError("never retrieved")


async def main():
    t = asyncio.ensure_future(fail())
    await asyncio.sleep(0.1)
    del t
    await asyncio.sleep(0.1)
    print("main ends")


asyncio.run(main())
print("end")
