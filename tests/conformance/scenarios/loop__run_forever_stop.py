# run_forever() runs callbacks and tasks until loop.stop() is called; a later
# run_forever() carries on where it stopped. run_until_complete() on a loop that gets
# stopped first raises RuntimeError.
# Notice the worker is paused between the two runs (virtual time does not move either).
import asyncio


async def worker():
    for i in range(4):
        await asyncio.sleep(1)
        print("worker step", i)
    return "worker done"


loop = asyncio.new_event_loop()
task = loop.create_task(worker(), name="worker")
loop.call_later(2.5, loop.stop)
loop.run_forever()
print("stopped at", loop.time(), task)
loop.call_later(0.6, loop.stop)
loop.run_forever()
print("stopped again; still running?", loop.is_running())
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(task)
except RuntimeError as e:
    print("RuntimeError:", e)
print(loop.run_until_complete(task))
loop.close()
