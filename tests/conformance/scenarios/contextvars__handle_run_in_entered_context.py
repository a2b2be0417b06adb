# A loop run inside ctx.run(...) cannot run a callback scheduled with context=ctx: entering
# a context already entered is refused, and the loop reports the RuntimeError as an error
# in that callback and goes on.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default=0)


def cb(label):
    print(label, "runs with v =", v.get())


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "copy", context=contextvars.copy_context())
    loop.call_soon(cb, "same ctx", context=ctx)
    await asyncio.sleep(0)
    print("main goes on")


ctx = contextvars.copy_context()
ctx.run(v.set, 7)
loop = asyncio.new_event_loop()
ctx.run(loop.run_until_complete, main())
loop.close()
