# If the block catches the CancelledError the timeout caused and carries on, no
# TimeoutError is raised at exit, but the Timeout still says it expired.
import asyncio


async def main():
    async with asyncio.timeout(0.1) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation")
    print("after the block:", cm, cm.expired())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
