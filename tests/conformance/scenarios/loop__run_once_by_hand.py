# loop._run_once() steps a loop by hand, one cycle at a time, as tutorials on the loop's
# internals do: ready callbacks first, then the timer whose time has come, then a task's steps.
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "tick")
loop.call_later(0.5, print, "late")
h = loop.call_soon(print, "cancelled")
h.cancel()
print(len(loop._ready), len(loop._scheduled))
loop._run_once()
print("after one iteration", loop.time() >= 0, len(loop._ready), len(loop._scheduled))
loop._run_once()
print("after the timer", round(loop.time(), 3) >= 0.5, len(loop._scheduled))


async def coro():
    print("coroutine step 1")
    await asyncio.sleep(0)
    print("coroutine step 2")
    return 7

task = loop.create_task(coro())
loop._run_once()
print(task.done())
loop._run_once()
print(task.done(), task.result())
print(loop.is_running())
loop.close()
