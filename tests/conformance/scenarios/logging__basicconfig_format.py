# logging.basicConfig sets up the root logger: a format string with %(asctime)s,
# %(levelname)s, %(name)s, %(threadName)s and %(message)s, and a level below which records
# are dropped. Output goes to stderr. Notice the timestamps follow the (virtual) clock.
import asyncio
import logging

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s %(levelname)-8s [%(name)s] (%(threadName)s) %(message)s",
)
log = logging.getLogger("worker")


async def worker(n):
    log.debug("never shown: below INFO")
    log.info("worker %d starting", n)
    await asyncio.sleep(n * 1.25)
    if n == 2:
        log.warning("worker %d is slow: %.1fs", n, n * 1.25)
    log.info("worker %d done", n)
    return n


async def main():
    logging.info("main starting")
    print("stdout is separate:", await asyncio.gather(worker(1), worker(2)))
    logging.getLogger("worker.db").error("a child logger propagates to root")
    logging.critical("shutting down at %s", "once")


asyncio.run(main())
