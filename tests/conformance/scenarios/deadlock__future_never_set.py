# Awaiting a Future that nobody will ever complete leaves the program stuck: no callback is
# ready, no timer is pending, and nothing else can wake the loop. Real Python would hang
# forever; Loopscope reports a deadlock (exit status 3) listing the stuck tasks.
# Notice each pending task's repr shows the line where it is waiting.
import asyncio


async def wait_for_signal(fut):
    print("waiting for a signal that never comes")
    await fut


async def main():
    fut = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(wait_for_signal(fut))
    await asyncio.sleep(1)
    print("main: waiting for the waiter")
    await task


asyncio.run(main())
