# Random sleep durations decide which task finishes first; with the fixed seed the order
# is reproducible. Notice the finish order follows the drawn durations, not creation order.
import asyncio
import random

finish_order = []


async def runner(name):
    duration = round(random.uniform(0.5, 3.0), 2)
    print(f"{name} will take {duration} s")
    await asyncio.sleep(duration)
    finish_order.append(name)
    print(f"{name} arrives")


async def main():
    names = ["ant", "bee", "cat", "dog", "eel"]
    await asyncio.gather(*[runner(n) for n in names])
    print("podium:", finish_order[:3])


asyncio.run(main())
