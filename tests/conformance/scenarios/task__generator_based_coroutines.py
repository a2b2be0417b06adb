# In 3.11 asyncio.iscoroutine() says yes to a plain generator (the old generator-based
# coroutines), so create_task, ensure_future, gather, wait_for and asyncio.run accept one:
# the task drives it, `yield from future` waits for the future, a bare yield gives the
# loop one turn, and yielding anything else fails the task with "bad yield".
import asyncio

def gen_based(fut):
    print("gen started")
    value = yield from fut
    print("gen got", value)
    yield
    print("after bare yield")
    return value * 2

def bad():
    yield 1

def plain():
    yield from []
    return "nothing"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, 21)
    t = asyncio.create_task(gen_based(fut))
    print(t)
    print(await t, t)
    t2 = asyncio.ensure_future(bad())
    await asyncio.sleep(0)
    try:
        await t2
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await asyncio.gather(plain(), plain()))
    print(await asyncio.wait_for(plain(), 1))

asyncio.run(main())
print(asyncio.run(plain()), asyncio.iscoroutine(plain()), asyncio.iscoroutine(iter([])))
