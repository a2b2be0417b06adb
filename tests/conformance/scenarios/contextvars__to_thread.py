# asyncio.to_thread runs the function in a copy of the caller's context: the worker sees
# the task's values; what it sets stays in that copy. loop.run_in_executor copies nothing:
# its function runs in the worker thread's own (empty) context.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="no request")


def blocking(label):
    seen = request.get()
    request.set("set by worker")
    return f"{label} saw {seen!r}"


async def main():
    request.set("GET /")
    print(await asyncio.to_thread(blocking, "to_thread"))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, "run_in_executor"))
    print(await asyncio.to_thread(blocking, "to_thread again"))
    print("task still sees", request.get())


asyncio.run(main())
