# A task asked to cancel that never ran again before its loop closed is reported, when it
# dies, as "cancelling" (as its live repr says), with the waiter it had cancelled.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker finally")

loop = asyncio.new_event_loop()
t = loop.create_task(worker(), name="w")
u = loop.create_task(asyncio.sleep(10), name="s")
loop.call_soon(loop.stop)
loop.run_forever()
print(t.cancel(), u.cancel("bye"))
print(t)
print(u)
loop.close()
del t
print("t gone")
del u
print("u gone")
