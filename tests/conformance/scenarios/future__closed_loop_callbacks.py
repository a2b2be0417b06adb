# A closed loop refuses the callbacks a future would schedule: set_result, cancel and
# add_done_callback on a done future raise RuntimeError (the future's state still changes,
# the other callbacks are dropped). A coroutine left waiting when its loop closed is closed
# at exit; what its cleanup raises is printed as "Exception ignored in".
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.add_done_callback(print)
fut.add_done_callback(print)
done = loop.create_future()
done.set_result(0)
other = loop.create_future()
other.add_done_callback(print)
loop.close()
for name, call in (("set_result", lambda: fut.set_result(1)),
                   ("add_done_callback", lambda: done.add_done_callback(print)),
                   ("cancel", lambda: other.cancel("bye"))):
    try:
        call()
        print(name, "no error")
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
print(fut.done(), fut.result(), other.cancelled(), len(fut._callbacks or []))


async def worker(q):
    try:
        return await q.get()
    finally:
        print("worker cleanup")


loop = asyncio.new_event_loop()
q = asyncio.Queue()
task = loop.create_task(worker(q))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("loop closed", task.done())
