# After a child failed, the group is shutting down: creating another child is a
# RuntimeError (the body is being cancelled, so this runs in its cleanup).
import asyncio


async def fail():
    raise ValueError("early")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                coro = asyncio.sleep(0)
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    print("RuntimeError:", e)
                coro.close()
                raise
    except* ValueError as eg:
        print("caught", eg.exceptions)


asyncio.run(main())
