# wait_for() also accepts a Task. On timeout the task itself is cancelled, so checking it
# afterwards shows cancelled() == True; a task that finishes in time keeps its result.
# Notice which tasks are cancelled and when each line is printed.
import asyncio


async def sleeper(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    fast = asyncio.create_task(sleeper(0.5))
    slow = asyncio.create_task(sleeper(4))
    print("fast:", await asyncio.wait_for(fast, 1))
    try:
        await asyncio.wait_for(slow, 1)
    except TimeoutError:
        print("slow timed out")
    print("fast cancelled?", fast.cancelled(), "slow cancelled?", slow.cancelled())


asyncio.run(main())
