# A TaskGroup inside asyncio.timeout(): on expiry the body and the children are
# cancelled, and the timeout block raises TimeoutError (not an ExceptionGroup).
import asyncio


async def work(n):
    try:
        await asyncio.sleep(n)
    finally:
        print("work", n, "ends at", asyncio.get_running_loop().time())


async def main():
    try:
        async with asyncio.timeout(1.5):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work(1))
                tg.create_task(work(5))
    except TimeoutError:
        print("TimeoutError at", asyncio.get_running_loop().time())


asyncio.run(main())
