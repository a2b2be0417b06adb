# Concurrent tasks that set the same ContextVar each keep their own value across awaits:
# the variable is per task, not global, while the tasks interleave.
import asyncio
import contextvars

current_job = contextvars.ContextVar("current_job")


async def job(n, delay):
    current_job.set(n)
    for step in range(3):
        await asyncio.sleep(delay)
        print(f"step {step}: job {n} sees {current_job.get()}")
    return current_job.get()


async def main():
    results = await asyncio.gather(job(1, 0.3), job(2, 0.2), job(3, 0.1))
    print(results, current_job.get("unset in main"))


asyncio.run(main())
