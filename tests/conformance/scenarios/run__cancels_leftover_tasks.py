# When main() returns, asyncio.run() cancels every task that is still running and waits
# for them to finish, so their `finally` blocks still run.
# Notice the background task's cleanup happens after "main returns", at the same time.
import asyncio


async def background(name):
    try:
        while True:
            await asyncio.sleep(1)
            print(name, "tick")
    finally:
        print(name, "cleaned up")


async def main():
    asyncio.create_task(background("poller"))
    asyncio.create_task(background("monitor"))
    await asyncio.sleep(2.5)
    print("main returns")


asyncio.run(main())
print("asyncio.run returned")
