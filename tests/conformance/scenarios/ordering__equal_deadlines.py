# When several timers are due at exactly the same moment, they fire in the order they
# were scheduled, whether made by call_later, call_at or asyncio.sleep.
# Notice the tasks print last: a sleep's timer only completes a future, and the task
# itself resumes on the next loop turn, after timer D has already run.
import asyncio


def ring(name):
    print("timer", name)


async def sleeper(name):
    await asyncio.sleep(1)
    print("task", name)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, ring, "C")
    loop.call_at(1.0, ring, "A")
    asyncio.create_task(sleeper("Z"))
    loop.call_later(1, ring, "B")
    asyncio.create_task(sleeper("Y"))
    await asyncio.sleep(0)
    loop.call_later(1, ring, "D (scheduled after the tasks slept)")
    await asyncio.sleep(2)


asyncio.run(main())
