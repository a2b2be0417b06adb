# timeout_at() takes a loop time; timeout() adds the delay to loop.time(); None means no
# deadline. when() reports it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    print(asyncio.timeout(2).when(), asyncio.timeout_at(5).when(), asyncio.timeout(None).when())
    print(asyncio.timeout_at(loop.time() + 1))
    print(asyncio.Timeout(3), asyncio.Timeout(3).expired())


asyncio.run(main())
