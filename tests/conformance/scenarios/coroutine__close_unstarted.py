# A coroutine you decide not to run can be closed with .close(). Closing one that never
# started goes straight from CREATED to CLOSED, and Python does not warn about it.
# Notice there is no "never awaited" warning on stderr, unlike a forgotten coroutine.
import inspect


async def send_report(to):
    print("sending report to", to)


coro = send_report("ops")
print("created:", inspect.getcoroutinestate(coro))
coro.close()
print("after close():", inspect.getcoroutinestate(coro))
print("the body never ran")
