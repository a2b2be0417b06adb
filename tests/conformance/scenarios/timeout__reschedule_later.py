# reschedule() moves an entered Timeout's deadline; None removes it. Its repr shows the
# deadline rounded to milliseconds while active.
import asyncio


async def main():
    cm = asyncio.timeout(1)
    await cm.__aenter__()
    print(cm)
    cm.reschedule(asyncio.get_running_loop().time() + 2.12345)
    print(cm, cm.when())
    cm.reschedule(None)
    print(cm)
    await asyncio.sleep(3)
    await cm.__aexit__(None, None, None)
    print(cm, cm.expired())


asyncio.run(main())
