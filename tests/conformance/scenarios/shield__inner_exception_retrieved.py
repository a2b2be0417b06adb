# Awaiting the shield re-raises the inner task's exception; the task's exception counts as
# retrieved, so nothing is reported at exit.
import asyncio


async def fail():
    await asyncio.sleep(0.1)
    raise LookupError("missing")


async def main():
    t = asyncio.create_task(fail())
    try:
        await asyncio.shield(t)
    except LookupError as e:
        print("LookupError:", e, t.done())


asyncio.run(main())
print("clean exit")
