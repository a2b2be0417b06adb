# `from module import *` binds the names the module lists in `__all__` (or, without one, its
# names not starting with `_`): short scripts use it for asyncio and math. Notice that
# asyncio's submodules are not bound (`tasks`, `events`), and that a later definition
# shadows an imported name.
from asyncio import *
from math import *
from collections import *
from random import *
from itertools import *

print(sqrt(16), pi, floor(2.7), list(islice(count(10), 3)))
print(Counter("hello").most_common(2), deque([1, 2], maxlen=2))
seed(1)
print(randint(1, 10), "tasks" in dir(), "events" in dir(), "Lock" in dir())


def gather(*aws):
    return "shadowed"


async def main():
    await sleep(0.5)
    t = create_task(sleep(1, "done"))
    r = await wait_for(t, timeout=2)
    q = Queue()
    await q.put(1)
    print(r, await q.get(), isinstance(CancelledError(), BaseException))
    print(gather(), await wait_for(sleep(0.1, "fast"), 1))
    try:
        async with timeout(0.2):
            await sleep(1)
    except TimeoutError:
        print("timed out at", round(get_running_loop().time(), 3))


run(main())
