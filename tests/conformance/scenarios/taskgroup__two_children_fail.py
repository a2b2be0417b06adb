# Two children fail at the same moment: the group raises one ExceptionGroup holding both
# errors, in the order they happened.
import asyncio


async def fail(n, exc):
    await asyncio.sleep(n)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, ValueError("first")))
            tg.create_task(fail(0.1, KeyError("second")))
    except* ValueError as eg:
        print("ValueError part:", eg.exceptions)
    except* KeyError as eg:
        print("KeyError part:", eg.exceptions)


asyncio.run(main())
