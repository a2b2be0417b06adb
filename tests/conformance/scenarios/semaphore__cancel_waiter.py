# Cancelling a task waiting on a Semaphore withdraws it. If release() had already given
# that task the permit, the cancelled task hands the permit to the next waiter, so no
# permit is lost.
# Notice the waiter counts and that w3 gets the permit w1 could not use.
import asyncio


async def worker(sem, name):
    try:
        async with sem:
            print(name, "got a permit", sem)
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled", sem)
        raise


async def main():
    sem = asyncio.Semaphore(1)
    w0, w1, w2, w3 = [asyncio.create_task(worker(sem, f"w{i}")) for i in range(4)]
    await asyncio.sleep(0.5)
    print(sem)
    w2.cancel()
    await asyncio.sleep(0.5)
    w1.cancel()
    print("w0 released; w1 was chosen and is now cancelled:", sem)
    await asyncio.gather(w0, w1, w2, w3, return_exceptions=True)
    print(sem)


asyncio.run(main())
