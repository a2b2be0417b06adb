# A name read before its `global` statement in the same function: "used prior to global
# declaration" (an assignment first would be "assigned to before global declaration").
import asyncio

counter = 0


async def bump():
    print("before", counter)
    global counter
    counter += 1


asyncio.run(bump())
