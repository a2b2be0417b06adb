# Inside Loopscope time is virtual: it starts at 0 (1970-01-01 00:00:00 UTC) and moves only
# when the program waits. time.time(), time.monotonic() and loop.time() all read that clock.
# Notice that time.sleep() and asyncio.sleep() both advance it, by exactly what was asked.
import asyncio
import time


def show(label):
    print(f"{label:<14} time={time.time():.3f} monotonic={time.monotonic():.3f} perf={time.perf_counter():.3f}")


async def main():
    loop = asyncio.get_running_loop()
    show("start")
    time.sleep(1.5)
    show("after sleep")
    await asyncio.sleep(2.25)
    show("after await")
    print("loop.time():", loop.time())
    print("gmtime:", time.gmtime()[:6])
    print("localtime:", time.localtime()[:6])
    print("strftime:", time.strftime("%Y-%m-%d %H:%M:%S"))
    print("ctime:", time.ctime())
    print("asctime:", time.asctime())
    print("ctime(86400 * 365):", time.ctime(86400 * 365))


asyncio.run(main())
