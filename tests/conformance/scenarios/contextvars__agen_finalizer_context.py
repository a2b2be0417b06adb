# An async generator abandoned mid-iteration is closed by the loop (its finalizer hook
# schedules aclose()), in the context that was running when it was dropped: a `finally`
# that logs the request id sees it. A Context is unhashable.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def rows(n):
    try:
        for i in range(n):
            yield i
    finally:
        print(f"[{request_id.get()}] cursor closed")


async def handle(rid):
    request_id.set(rid)
    stream = rows(10)
    async for row in stream:
        if row == 1:
            break
    print(f"[{rid}] first rows read")
    del stream
    await asyncio.sleep(0)
    print(f"[{rid}] done")


async def main():
    await asyncio.gather(handle("req-1"), handle("req-2"))
    request_id.set("main")
    g = rows(3)
    await g.__anext__()
    del g
    await asyncio.sleep(0)
    print("main:", request_id.get())


asyncio.run(main())
try:
    hash(contextvars.copy_context())
except TypeError as e:
    print("TypeError:", e)
print(contextvars.Context.__hash__, contextvars.copy_context() == contextvars.copy_context())
