# loop.shutdown_asyncgens() and loop.shutdown_default_executor() are coroutines a program
# may await itself (asyncio.run() awaits both at the end). With no async generator left
# open and no executor ever made, both finish at once.
# Notice they are coroutine objects until awaited.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = loop.shutdown_asyncgens()
    b = loop.shutdown_default_executor()
    print(asyncio.iscoroutine(a), asyncio.iscoroutine(b))
    print(await a, await b, loop.time())


asyncio.run(main())
