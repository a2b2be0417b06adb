# loop.call_soon/call_later/call_at(callback, *args, context=ctx) run the callback in ctx;
# without context= they run in a copy of the context current when they were scheduled.
import asyncio
import contextvars

color = contextvars.ContextVar("color", default="none")


def show(label):
    print(label, color.get())
    color.set(label)


async def main():
    loop = asyncio.get_running_loop()
    color.set("red")
    loop.call_soon(show, "soon")
    color.set("green")
    loop.call_later(0.01, show, "later")
    ctx = contextvars.copy_context()
    ctx.run(color.set, "blue")
    loop.call_soon(show, "with ctx", context=ctx)
    loop.call_at(loop.time() + 0.02, show, "at", context=ctx)
    await asyncio.sleep(0.05)
    print("main:", color.get(), "ctx:", ctx[color])


asyncio.run(main())
