# wait() accepts plain futures and tasks that are already done; it still yields to the loop
# once before returning.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    t = asyncio.create_task(asyncio.sleep(0, "quick"))
    await t
    done, pending = await asyncio.wait([f, t])
    print(sorted(x.result() for x in done), pending)
    g = loop.create_future()
    loop.call_later(0.2, g.set_result, "later")
    done, pending = await asyncio.wait({g})
    print([x.result() for x in done], loop.time())


asyncio.run(main())
