# A traceback lists every frame between the program's top level and the line that raised,
# including each coroutine in an await chain and plain functions they call.
# Notice the frames read top to bottom: module, main, handle, parse, to_number.
import asyncio


def to_number(text):
    return int(text)


async def parse(line):
    await asyncio.sleep(0.1)
    return [to_number(part) for part in line.split(",")]


async def handle(lines):
    totals = []
    for line in lines:
        totals.append(sum(await parse(line)))
        print("total", totals[-1])
    return totals


async def main():
    await handle(["1,2,3", "4,five,6"])


asyncio.run(main())
