# main fails while its lists hold failed tasks. main's exception and the main task hold each
# other (through asyncio.run's frames), so main's frame outlives the exception's report; the
# collection at exit finds them alive first, which re-orders them the way it reached them:
# main's locals in order, each list's items last-first, a task shared by two lists once.
import asyncio


class Oops(ValueError):
    pass


async def fails(n):
    raise Oops(f"task {n}")


async def main():
    watched = []
    batch = [asyncio.create_task(fails(1)), asyncio.create_task(fails(2))]
    late = [asyncio.create_task(fails(3))]
    watched.extend(late)
    await asyncio.sleep(0.1)
    raise Oops("main failed")


asyncio.run(main())
