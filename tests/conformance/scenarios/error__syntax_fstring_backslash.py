# Code written for Python 3.12's f-strings: before 3.12 an f-string's expression may not hold a
# backslash ('\n'.join inside the braces), which CPython 3.11 reports in its own words.
import asyncio


async def main():
    lines = [await asyncio.sleep(0, f"line {n}") for n in range(3)]
    print(f"report:\n{'\n'.join(lines)}")


asyncio.run(main())
