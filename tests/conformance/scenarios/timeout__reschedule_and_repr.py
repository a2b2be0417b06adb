# A Timeout can be moved while active: reschedule(when) takes an absolute loop time, or
# None for no deadline; when() tells the current one. The repr shows the state (created,
# active with when=, expired, finished). A Timeout is single-use.
# Notice the deadline is pushed from 1 to 3, so the block times out at 3.000, and the
# RuntimeError messages before entering and after leaving.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(1)
    print("created:", cm, "when:", cm.when())
    for attempt in (lambda: cm.reschedule(5), lambda: cm.reschedule(None)):
        try:
            attempt()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        async with cm:
            print("entered:", cm)
            await asyncio.sleep(0.5)
            cm.reschedule(loop.time() + 2.5)
            print("moved:", cm, "when:", cm.when())
            cm.reschedule(None)
            print("no deadline:", cm, "when:", cm.when())
            cm.reschedule(3)
            await asyncio.sleep(10)
    except TimeoutError:
        print("timed out:", cm)
    try:
        cm.reschedule(10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(None) as never:
        await asyncio.sleep(1)
    print(never, never.when())


asyncio.run(main())
