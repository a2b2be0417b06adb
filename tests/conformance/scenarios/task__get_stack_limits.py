# task.get_stack(limit=N) keeps at most N frames; limit=0 returns none. A cancelled task and
# a task that returned have no stack ("No stack for"). print_stack(file=f) writes
# everything (header, frames, exception line) to f.
# Notice f_lineno of a task that has not started is its def line.
import asyncio
import sys


async def nap():
    await asyncio.sleep(10)


async def broken():
    await asyncio.sleep(0)
    raise ValueError("broken")


async def main():
    t = asyncio.create_task(nap(), name="napper")
    frames = t.get_stack()
    print([(f.f_code.co_name, f.f_lineno) for f in frames], t.get_stack(limit=0))
    b = asyncio.create_task(broken(), name="broken")
    await asyncio.sleep(0.1)
    print([(f.f_code.co_name, f.f_lineno) for f in t.get_stack(limit=1)])
    b.print_stack(file=sys.stdout)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", t.get_stack())
    t.print_stack(file=sys.stdout)
    print(type(b.exception()).__name__)


asyncio.run(main())
