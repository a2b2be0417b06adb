# Two downloads of 1 s and 2 s, first awaited one after the other, then run as tasks.
# Awaiting in turn adds the waits up (3 s); tasks let the waits overlap, so the
# total is only the longest one (2 s). Compare the timestamps of the two "took" lines.
import asyncio


async def download(name, seconds):
    print(f"  start {name} ({seconds} s)")
    await asyncio.sleep(seconds)
    print(f"  end   {name}")
    return name


async def main():
    loop = asyncio.get_running_loop()

    print("sequential: await one, then the other")
    start = loop.time()
    await download("photo", 1)
    await download("video", 2)
    print(f"sequential took {loop.time() - start:.1f} s")

    print("concurrent: two tasks waiting at the same time")
    start = loop.time()
    photo = asyncio.create_task(download("photo", 1))
    video = asyncio.create_task(download("video", 2))
    await photo
    await video
    print(f"concurrent took {loop.time() - start:.1f} s")


asyncio.run(main())
