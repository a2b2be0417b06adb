# TaskGroup.create_task copies the context of its caller, like asyncio.create_task; a child
# can be given a context of its own with context=, and its changes land there.
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="none")


async def work(label):
    print(label, "sees", tenant.get())
    tenant.set(label + "-done")
    await asyncio.sleep(0)


async def main():
    tenant.set("acme")
    ctx = contextvars.copy_context()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work("one"))
        tenant.set("globex")
        tg.create_task(work("two"))
        tg.create_task(work("three"), context=ctx)
    print("main sees", tenant.get(), "ctx has", ctx[tenant])


asyncio.run(main())
