# The usual Condition pattern with `async with`: the waiter holds the lock around wait(),
# the notifier around the change and notify().
import asyncio

state = {"ready": False}


async def waiter(cond, name):
    async with cond:
        await cond.wait_for(lambda: state["ready"])
        print(name, "sees ready at", asyncio.get_running_loop().time())


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in ("a", "b")]
    await asyncio.sleep(0.5)
    async with cond:
        state["ready"] = True
        cond.notify_all()
        print(cond)
    await asyncio.gather(*tasks)


asyncio.run(main())
