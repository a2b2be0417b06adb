# A Future is a placeholder for a result that does not exist yet. One coroutine awaits it;
# another one fills it in later with set_result(), which wakes the waiter up.
# Notice the waiter resumes at 1.000, right after the setter runs.
import asyncio


async def waiter(fut):
    print("waiter: waiting for the future")
    value = await fut
    print("waiter: got", value)


async def setter(fut):
    await asyncio.sleep(1)
    print("setter: setting the result")
    fut.set_result("the answer")
    print("setter: done (waiter has not resumed yet)")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    await asyncio.gather(waiter(fut), setter(fut))
    print("future done?", fut.done(), "result:", fut.result())


asyncio.run(main())
