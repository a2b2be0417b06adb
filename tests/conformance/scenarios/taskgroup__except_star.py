# `except*` picks the matching exceptions out of an ExceptionGroup; each clause sees a
# group with just the ones it matched, and several clauses can run for one group.
# Notice both handlers run, with the exceptions split by type; the three failures happen in
# the same loop turn, so none of them is cancelled by the others.
import asyncio


async def job(n):
    await asyncio.sleep(1)
    if n % 3 == 0:
        raise ValueError(f"bad value {n}")
    if n % 4 == 0:
        raise KeyError(n)
    return n


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 3, 4, 6):
                tg.create_task(job(n))
    except* ValueError as group:
        print("ValueErrors:", [str(e) for e in group.exceptions])
    except* KeyError as group:
        print("KeyErrors:", repr(group))
    print("handled")


asyncio.run(main())
