# Ordinary (synchronous) generators and comprehensions work inside coroutines: here a
# generator produces jobs lazily while tasks sleep for different times. Notice that the
# generator's lines interleave with the tasks only when a coroutine asks for the next job.
import asyncio


def jobs(n):
    for i in range(n):
        print(f"  producing job {i}")
        yield {"id": i, "cost": (i % 3) * 0.5 + 0.5}
    print("  no more jobs")


async def worker(name, source, done):
    for job in source:
        print(f"{name} starts job {job['id']}")
        await asyncio.sleep(job["cost"])
        done.append((name, job["id"]))


async def main():
    source = jobs(5)
    done = []
    await asyncio.gather(worker("A", source, done), worker("B", source, done))
    print(done)
    print({name for name, _ in done} == {"A", "B"}, sorted(i for _, i in done))
    squares = [n * n for n in range(4)]
    print(squares, sum(job["cost"] for job in jobs(3)))


asyncio.run(main())
