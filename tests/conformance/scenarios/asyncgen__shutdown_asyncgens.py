# An async generator that is still alive and paused when main() returns is closed by
# asyncio.run(), which calls loop.shutdown_asyncgens() after cancelling leftover tasks.
# Notice its `finally` runs after "main returns" but before asyncio.run() returns.
import asyncio

streams = []


async def stream(name):
    try:
        n = 0
        while True:
            n += 1
            yield f"{name}-{n}"
    finally:
        print(f"  {name}: finally (closed by shutdown_asyncgens)")
        await asyncio.sleep(0)
        print(f"  {name}: awaited inside finally")


async def main():
    for name in ("a", "b"):
        s = stream(name)
        streams.append(s)
        print(await s.__anext__(), await s.__anext__())
    print("main returns")


asyncio.run(main())
print("asyncio.run returned")
