# Each task runs in a copy of the context current when it was created: it sees what its
# creator had set, and what it sets itself never reaches its creator or tasks made earlier.
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="nobody")


async def child(name):
    print(name, "starts and sees", who.get())
    who.set(name)
    await asyncio.sleep(0)
    print(name, "ends and sees", who.get())


async def main():
    early = asyncio.create_task(child("early"))
    who.set("main")
    late = asyncio.create_task(child("late"))
    await asyncio.gather(early, late)
    print("main sees", who.get())


who.set("module")
asyncio.run(main())
print("after run:", who.get())
