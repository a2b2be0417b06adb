# A task whose future finished in the same turn the loop stopped is left pending with its
# wakeup queued; `loop.close()` drops the queue, so the task dies when the program lets go
# of it: "Task was destroyed but it is pending!" shows the finished future it waited for,
# and its coroutine is closed there, running its `finally` (CPython's coroutine finalizer).
import asyncio


async def worker(name, fut):
    try:
        value = await fut
        print(name, "got", value)
    finally:
        print(name, "finally ran")


loop = asyncio.new_event_loop()
first = loop.create_future()
second = loop.create_future()
a = loop.create_task(worker("a", first))
b = loop.create_task(worker("b", second), name="second-worker")


def finish_and_stop():
    first.set_result("one")
    second.set_exception(ValueError("boom"))
    loop.stop()


loop.call_later(0.5, finish_and_stop)
loop.run_forever()
print(a)
print(b)
loop.close()
first = second = None
print("closed")
del a
print("a released")
b = None
print("end")
