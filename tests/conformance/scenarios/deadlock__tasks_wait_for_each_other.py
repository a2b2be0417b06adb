# Two tasks that each wait for the other to finish can never make progress.
# Once the timers run out, the loop has nothing left to do: a deadlock (exit status 3).
# Notice the output printed before the deadlock, and that both tasks are listed.
import asyncio

tasks = {}


async def worker(me, other):
    await asyncio.sleep(0.5)
    print(me, "waits for", other)
    await tasks[other]


async def main():
    tasks["left"] = asyncio.create_task(worker("left", "right"), name="left")
    tasks["right"] = asyncio.create_task(worker("right", "left"), name="right")
    await tasks["left"]


asyncio.run(main())
