# A to_thread job that waits for an Event nobody will set: main stops waiting for it, but
# asyncio.run's shutdown waits for the default executor, which waits for the job, so the
# program can never end. The report lists every thread and the shutdown's pending task.
import asyncio
import threading

never = threading.Event()


def stuck():
    print("stuck: waiting for an event nobody sets")
    never.wait()


async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(stuck), 1)
    except TimeoutError:
        print("main: gave up at", asyncio.get_running_loop().time())


asyncio.run(main())
