# Graceful shutdown with an Event: workers loop until a stop event is set, finishing the
# job in hand first. Each worker waits on the event with a timeout as its "tick".
# Notice no job is interrupted: the workers stop after the event, at their next check.
import asyncio


async def worker(name, stop, done_jobs):
    jobs = 0
    while not stop.is_set():
        await asyncio.sleep(0.7)
        jobs += 1
        print(f"{name} finished job {jobs}")
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.3)
        except asyncio.TimeoutError:
            pass
    done_jobs[name] = jobs
    print(f"{name} shutting down cleanly")


async def main():
    stop = asyncio.Event()
    done_jobs = {}
    workers = [asyncio.create_task(worker(f"w{i}", stop, done_jobs)) for i in range(2)]
    await asyncio.sleep(2.2)
    print("main: requesting shutdown")
    stop.set()
    await asyncio.gather(*workers)
    print("jobs per worker:", done_jobs)


asyncio.run(main())
