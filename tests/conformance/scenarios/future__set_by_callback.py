# A Future can be completed by a plain callback scheduled on the loop, with no coroutine
# involved: call_later(1.5, fut.set_result, 42) fills it in 1.5 seconds.
# Notice main resumes exactly when the callback fires.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1.5, fut.set_result, 42)
    print("waiting; done?", fut.done())
    result = await fut
    print("result", result, "at", loop.time())
    fut2 = asyncio.Future()
    loop.call_soon(fut2.set_result, "soon")
    print("asyncio.Future() works the same:", await fut2)


asyncio.run(main())
