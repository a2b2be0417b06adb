# logger.exception() logs at ERROR level and appends the current traceback; datefmt and
# %(msecs)03d shape the time, %(relativeCreated)d counts milliseconds since logging was
# loaded. Notice the times (the virtual clock moves only when the program sleeps), and
# asyncio's own DEBUG record, which appears because the root level is DEBUG.
import asyncio
import logging

logging.basicConfig(
    format="%(asctime)s.%(msecs)03d +%(relativeCreated)dms %(levelname)s %(message)s",
    datefmt="%H:%M:%S",
    level=logging.DEBUG,
)
log = logging.getLogger("jobs")


async def risky(n):
    await asyncio.sleep(0.125 * n)
    return 10 / (n - 2)


async def main():
    for n in range(4):
        try:
            result = await risky(n)
            log.debug("job %d -> %.2f", n, result)
        except ZeroDivisionError:
            log.exception("job %d failed", n)
    log.error("with exc_info=False there is no traceback")
    log.info("done", exc_info=False)


asyncio.run(main())
