# wait(..., timeout=) returns when the timeout passes even if tasks are still running; it
# never raises TimeoutError and never cancels anything. Unfinished tasks are in `pending`
# and keep running.
# Notice the slow task still finishes at 3.000, after wait() returned at 1.500.
import asyncio


async def job(seconds):
    await asyncio.sleep(seconds)
    print(f"job {seconds} finished")
    return seconds


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(s), name=f"job{s}") for s in (1, 3)]
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print("wait returned; done:", names(done), "pending:", names(pending))
    slow = pending.pop()
    print("slow task:", slow)
    print("awaiting it anyway:", await slow)
    done, pending = await asyncio.wait(tasks, timeout=10)
    print("everything already done, returned at once:", names(done), names(pending))


asyncio.run(main())
