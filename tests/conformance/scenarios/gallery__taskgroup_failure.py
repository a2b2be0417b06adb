# A TaskGroup owns the tasks created in its async with block. When one child raises, the
# group cancels its siblings (and the block's own task), waits for all of them, then
# raises every error together in an ExceptionGroup, which except* takes apart.
import asyncio


async def job(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ValueError(f"{name} broke")
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("fast", 0.5))
            tg.create_task(job("faulty", 1.0, fail=True))
            tg.create_task(job("slow", 3.0))
            print("all three started")
    except* ValueError as group:
        print("caught:", [str(e) for e in group.exceptions])


asyncio.run(main())
