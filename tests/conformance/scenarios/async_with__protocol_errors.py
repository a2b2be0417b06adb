# `async with` needs __aenter__/__aexit__ returning awaitables; `with` needs the plain
# protocol. Mixing them up is a TypeError raised before the block runs.
# Notice the exact wording of each message; the last one ends the program.
import asyncio


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return False


class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        return False


class NotAwaitable:
    def __aenter__(self):
        return 42

    def __aexit__(self, *args):
        return False


async def main():
    try:
        async with SyncOnly():
            print("unreachable")
    except TypeError as e:
        print("TypeError:", e)
    try:
        with AsyncOnly():
            print("unreachable")
    except TypeError as e:
        print("TypeError:", e)
    async with NotAwaitable():
        print("unreachable")


asyncio.run(main())
