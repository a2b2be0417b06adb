# Task.print_stack() on a task that failed deep in a recursive helper: as
# traceback.print_list does, a run of more than three identical frame lines is cut
# to three plus "[Previous line repeated N more times]" ("time" for N == 1). A run of
# exactly three is printed whole, and limit= cuts before the folding is done.
import asyncio
import sys


def walk(tree, depth):
    if depth == 0:
        raise KeyError(tree)
    return walk(tree, depth - 1)


async def crawl(depth):
    walk("root", depth)


async def main():
    tasks = {d: asyncio.create_task(crawl(d), name=f"crawl-{d}") for d in (2, 4, 7)}
    await asyncio.sleep(0)
    for depth, t in tasks.items():
        print(f"--- depth {depth}: {len(t.get_stack())} frames")
        t.print_stack(file=sys.stdout)
    print("--- depth 7, limit=5")
    tasks[7].print_stack(limit=5, file=sys.stdout)
    print("--- depth 7, frames to stderr")
    tasks[7].print_stack()
    for t in tasks.values():
        t.exception()


asyncio.run(main())
