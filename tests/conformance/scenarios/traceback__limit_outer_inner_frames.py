# traceback's limit= keeps the outermost frames (a negative limit the innermost ones) of
# every traceback it prints, causes and contexts included; limit=0 prints no frame and no
# "Traceback" header. print_exc, format_exc, format_exception and print_exception take it.
import asyncio
import sys
import traceback


async def load(path):
    await asyncio.sleep(0.1)
    raise ValueError(f"bad config {path!r}")


async def init(path):
    return await load(path)


async def boot():
    try:
        await init("a.yaml")
    except ValueError as e:
        raise RuntimeError("boot failed") from e


async def main():
    try:
        await boot()
    except RuntimeError as e:
        for limit in (1, 2, -1, 0, None):
            print(f"--- limit={limit}")
            print(traceback.format_exc(limit=limit), end="")
        print("".join(traceback.format_exception(e, limit=-2, chain=False)), end="")
        traceback.print_exception(e, limit=1, file=sys.stdout)
        traceback.print_exc(limit=-1, file=sys.stdout)
    try:
        await init("b.toml")
    except ValueError:
        print(traceback.format_exc(1).splitlines())


asyncio.run(main())
