# An asyncio program keeps its own timetable: jobs are kept sorted by due time with
# bisect.insort (key= reads the due time), a dispatcher task pops the earliest one when it
# is due, and producers add jobs while it waits. bisect_right finds what is due by a time.
import asyncio
import bisect

jobs = []


def due(job):
    return job[0]


async def producer(name, offsets):
    loop = asyncio.get_running_loop()
    for offset in offsets:
        await asyncio.sleep(0.1)
        bisect.insort(jobs, (loop.time() + offset, name), key=due)
        print(f'{loop.time():.1f} {name} adds a job due at {loop.time() + offset:.1f}')


async def dispatcher():
    loop = asyncio.get_running_loop()
    done = 0
    while done < 6:
        if jobs and jobs[0][0] <= loop.time() + 1e-9:
            when, name = jobs.pop(0)
            done += 1
            print(f'{loop.time():.1f} run {name} job (due {when:.1f}); {len(jobs)} waiting')
        else:
            await asyncio.sleep(0.05)


async def main():
    await asyncio.gather(producer('a', [0.5, 0.1, 0.9]), producer('b', [0.3, 0.3, 0.05]),
                         dispatcher())
    times = [0.5, 1.25, 2.0, 3.0]
    print(bisect.bisect_right(times, 1.25), bisect.bisect_left(times, 1.25))


asyncio.run(main())
