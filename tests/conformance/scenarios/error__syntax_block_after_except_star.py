# An except* clause without a body: the message names except*.
import asyncio


async def main():
    try:
        await asyncio.sleep(0)
    except* ValueError:
    print("handled")


asyncio.run(main())
