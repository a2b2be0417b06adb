# The reprs of tasks that meet threads: a to_thread task waits for the asyncio future chained
# to the pool's future (its callback is _chain_future's _call_check_cancel); a task made by
# run_coroutine_threadsafe reports to the concurrent future through _call_set_state.
import asyncio
import threading
import time


def blocking():
    time.sleep(0.5)
    return "slept"


async def tick():
    await asyncio.sleep(0.25)
    return "ticked"


def from_thread(loop, box):
    fut = asyncio.run_coroutine_threadsafe(tick(), loop)
    box.append(fut)
    print("worker got:", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(asyncio.to_thread(blocking))
    await asyncio.sleep(0.1)
    print(task)
    await task
    print(task)
    box = []
    threading.Thread(target=from_thread, args=(loop, box)).start()
    await asyncio.sleep(0.1)
    other = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print(other[0])
    await asyncio.sleep(0.5)
    print(box[0])


asyncio.run(main())
