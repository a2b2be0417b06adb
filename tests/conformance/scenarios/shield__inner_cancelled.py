# When the shielded task itself is cancelled, the outer future is cancelled too.
import asyncio


async def main():
    inner = asyncio.create_task(asyncio.sleep(1))
    outer = asyncio.shield(inner)
    asyncio.get_running_loop().call_later(0.1, inner.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())


asyncio.run(main())
