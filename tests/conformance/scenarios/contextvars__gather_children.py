# gather() wraps each coroutine in a task, so each child runs in a copy of the context of the
# caller of gather(): they see its values, and their own changes stay in their copy.
import asyncio
import contextvars

trace_id = contextvars.ContextVar("trace_id")
depth = contextvars.ContextVar("depth", default=0)


async def fetch(name):
    depth.set(depth.get() + 1)
    await asyncio.sleep(0.01)
    return f"{name}: trace={trace_id.get()} depth={depth.get()}"


async def main():
    trace_id.set("t-1")
    for line in await asyncio.gather(fetch("a"), fetch("b"), fetch("c")):
        print(line)
    print("main depth", depth.get())
    trace_id.set("t-2")
    print(await asyncio.gather(fetch("d")))


asyncio.run(main())
