# A pending task destroyed at exit in debug mode: the default handler lists the context's keys
# sorted (source_traceback, then task), the coroutine still running when the task reports.
import asyncio
async def forever():
    await asyncio.sleep(100)
async def main():
    asyncio.get_running_loop().create_task(forever())
    await asyncio.sleep(0.1)
loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.run_until_complete(main())
