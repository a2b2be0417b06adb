# Two shields around one task: cancelling one leaves the other and the task running.
import asyncio


async def main():
    inner = asyncio.create_task(asyncio.sleep(0.2, "result"))
    first, second = asyncio.shield(inner), asyncio.shield(inner)
    first.cancel()
    print(await second, first.cancelled(), inner.cancelled())


asyncio.run(main())
