# An await chain deeper than the recursion limit: the RecursionError is raised entering the
# innermost coroutine, which has then started and finished, so nothing warns that it was
# never awaited. A generator that fails the same way is finished too.
import asyncio


async def descend(n):
    try:
        return await descend(n + 1)
    except RecursionError:
        return n


def nested(n):
    yield from nested(n + 1)


async def main():
    depth = await descend(0)
    print("caught at a depth over 900:", depth > 900)
    try:
        list(nested(0))
    except RecursionError as e:
        print("generators:", e)


asyncio.run(main())
print("done")
