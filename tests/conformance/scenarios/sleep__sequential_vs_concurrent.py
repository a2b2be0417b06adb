# Three one-second waits awaited one after another take three seconds.
# The same three waits wrapped in tasks overlap and take one second in total.
# Notice the timestamps: the first round ends at 3.000, the second at 4.000.
import asyncio


async def download(name):
    print("start", name)
    await asyncio.sleep(1)
    print("done ", name)


async def main():
    for name in ["a.txt", "b.txt", "c.txt"]:
        await download(name)
    print("sequential round finished")
    tasks = [asyncio.create_task(download(n)) for n in ["d.txt", "e.txt", "f.txt"]]
    for t in tasks:
        await t
    print("concurrent round finished")


asyncio.run(main())
