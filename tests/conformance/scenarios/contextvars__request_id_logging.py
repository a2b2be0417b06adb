# The tutorials' request-id pattern: a logging.Filter copies a ContextVar into every record,
# so log lines of concurrent requests each carry their own id without passing it around.
import asyncio
import contextvars
import logging
import sys

request_id = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(request_id)s] %(levelname)s %(message)s"))
handler.addFilter(RequestIdFilter())
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.INFO)


async def handle(rid, delay):
    request_id.set(rid)
    log.info("start")
    await asyncio.sleep(delay)
    log.info("done after %.1fs", delay)


async def main():
    log.info("server up")
    await asyncio.gather(handle("req-1", 0.2), handle("req-2", 0.1), handle("req-3", 0.3))
    log.info("server down")


asyncio.run(main())
