# Future.add_done_callback(fn, context=ctx) runs fn in ctx; without context= in a copy of
# the context current when the callback was added (not when the future finished).
import asyncio
import contextvars

stage = contextvars.ContextVar("stage", default="none")


def report(fut):
    print("callback sees", stage.get(), "result", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    stage.set("added")
    fut.add_done_callback(report)
    ctx = contextvars.Context()
    ctx.run(stage.set, "from ctx")
    fut.add_done_callback(report, context=ctx)
    stage.set("finished")
    fut.set_result(42)
    await asyncio.sleep(0)


asyncio.run(main())
