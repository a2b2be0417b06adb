# asyncio.all_tasks(loop) and asyncio.current_task(loop) take a loop that is not running:
# old code collects a loop's leftover tasks after run_until_complete and cancels them.
# Without an argument both need a running loop.
# Notice current_task(loop) is None while the loop is stopped.
import asyncio


async def forever(n):
    while True:
        await asyncio.sleep(1)


loop = asyncio.new_event_loop()
tasks = [loop.create_task(forever(n)) for n in range(2)]
loop.run_until_complete(asyncio.sleep(2.5))
pending = asyncio.all_tasks(loop)
print(len(pending), asyncio.current_task(loop), asyncio.all_tasks("not a loop"))
for t in pending:
    t.cancel()
loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
print([t.cancelled() for t in tasks], asyncio.all_tasks(loop))
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
