# as_completed(..., timeout=) raises TimeoutError from the next await once the timeout has
# passed; the tasks themselves are not cancelled and keep running.
# Notice one result, then TimeoutError at 2.000, then the slow tasks finishing later.
import asyncio


async def fetch(seconds):
    await asyncio.sleep(seconds)
    print(f"fetch {seconds} finished")
    return seconds


async def main():
    tasks = [asyncio.create_task(fetch(s)) for s in (1, 3, 4)]
    try:
        for next_result in asyncio.as_completed(tasks, timeout=2):
            print("got", await next_result)
    except asyncio.TimeoutError as e:
        print("TimeoutError", repr(e))
    print("still running:", [not t.done() for t in tasks])
    await asyncio.gather(*tasks)


asyncio.run(main())
