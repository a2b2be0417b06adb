# A TaskGroup must be entered inside a task: entering it from a plain callback is an
# error naming the group.
import asyncio


async def main():
    tg = asyncio.TaskGroup()
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def callback():
        coro = tg.__aenter__()
        try:
            coro.send(None)
        except RuntimeError as e:
            print("RuntimeError:", e)
        done.set_result(None)

    loop.call_soon(callback)
    await done


asyncio.run(main())
