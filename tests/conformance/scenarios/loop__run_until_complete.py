# The lower-level way to drive asyncio: make a loop with new_event_loop(), call
# run_until_complete() with a coroutine or a future, then close() it. A closed loop refuses
# to run again.
# Notice is_running() is True only inside, and the loop's repr in each state.
import asyncio


async def compute(x):
    loop = asyncio.get_running_loop()
    print("inside: running", loop.is_running())
    await asyncio.sleep(1)
    return x * 2


loop = asyncio.new_event_loop()
print(loop)
print("result:", loop.run_until_complete(compute(21)))
fut = loop.create_future()
loop.call_later(0.5, fut.set_result, "set by a timer")
print("future:", loop.run_until_complete(fut))
print("time:", loop.time(), "running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
loop.close()
print(loop)
try:
    loop.run_until_complete(compute(1))
except RuntimeError as e:
    print("RuntimeError:", e)
