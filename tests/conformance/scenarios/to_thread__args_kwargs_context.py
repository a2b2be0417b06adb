# asyncio.to_thread(func, *args, **kwargs) calls func in the default executor with the
# caller's contextvars context copied in, and returns what func returns. Notice the worker
# sees the context variable set by the coroutine, but its own change does not come back.
import asyncio
import contextvars
import threading

request_id = contextvars.ContextVar("request_id", default="none")


def handler(a, b, *, scale=1):
    print("worker sees request_id =", request_id.get())
    request_id.set("changed in the worker")
    print("worker thread:", threading.current_thread().name)
    return (a + b) * scale


async def main():
    request_id.set("req-42")
    print(await asyncio.to_thread(handler, 2, 3, scale=10))
    print("coroutine still sees", request_id.get())
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    print(await asyncio.to_thread(str.upper, "done"))


asyncio.run(main())
