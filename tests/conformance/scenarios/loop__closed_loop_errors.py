# A closed loop refuses everything that would schedule work: run_until_complete,
# run_forever, call_soon, call_later, create_task. close() a second time does nothing, and
# create_future() still works (a future needs no scheduling until it is done).
# Notice the coroutines passed to a closed loop were never awaited (RuntimeWarning).
import asyncio


async def work():
    return 1


loop = asyncio.new_event_loop()
loop.close()
loop.close()
attempts = [
    ("run_until_complete", lambda: loop.run_until_complete(work())),
    ("run_forever", loop.run_forever),
    ("call_soon", lambda: loop.call_soon(print, "x")),
    ("call_later", lambda: loop.call_later(1, print, "x")),
    ("create_task", lambda: loop.create_task(work())),
]
for name, attempt in attempts:
    try:
        attempt()
    except RuntimeError as e:
        print(name, "->", e)
fut = loop.create_future()
print(fut, loop.is_closed(), loop.is_running())
