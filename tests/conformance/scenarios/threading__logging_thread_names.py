# logging records which thread logged each message: %(threadName)s is the current
# thread's name, so messages from executor workers say asyncio_0 or pool_0. The log
# lines go to stderr; their virtual times are in %(relativeCreated)d milliseconds.
import asyncio
import concurrent.futures
import logging
import time

logging.basicConfig(format="%(relativeCreated)5d %(threadName)-10s %(message)s", level=logging.INFO)
log = logging.getLogger("demo")


def blocking(n):
    log.info("blocking job %d starts", n)
    time.sleep(0.5)
    log.info("blocking job %d ends", n)
    return n


async def main():
    log.info("main starts")
    await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2))
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="pool") as pool:
        await asyncio.get_running_loop().run_in_executor(pool, blocking, 3)
    log.info("main ends")


asyncio.run(main())
