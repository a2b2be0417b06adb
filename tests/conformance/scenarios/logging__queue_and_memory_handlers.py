# logging.handlers: QueueHandler puts a prepared copy of each record on a queue (message
# formatted, args and exc_info dropped) and a QueueListener thread hands them to its own
# handlers (respect_handler_level filters by each handler's level); MemoryHandler buffers
# records until its capacity or a record at flushLevel, then passes them to its target.
import asyncio, logging, logging.handlers, queue, sys

def setup():
    q = queue.Queue(-1)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    qh = logging.handlers.QueueHandler(q)
    root.addHandler(qh)
    out = logging.StreamHandler(sys.stdout)
    out.setFormatter(logging.Formatter("%(asctime)s %(threadName)s %(levelname)s %(name)s: %(message)s"))
    out.setLevel(logging.INFO)
    listener = logging.handlers.QueueListener(q, out, respect_handler_level=True)
    listener.start()
    return listener, qh

async def job(i):
    log = logging.getLogger(f"job.{i}")
    log.debug("debug %d", i)
    await asyncio.sleep(0.1 * i)
    log.info("done %d", i)
    if i == 2:
        try:
            {}["k"]
        except KeyError:
            log.exception("oops")

async def main():
    listener, qh = setup()
    await asyncio.gather(*(job(i) for i in range(3)))
    listener.stop()
    print("stopped", listener._thread)
    mem_target = logging.StreamHandler(sys.stdout)
    mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=mem_target)
    lg = logging.getLogger("mem")
    lg.propagate = False
    lg.addHandler(mem)
    lg.info("a"); lg.info("b")
    print("buffered", len(mem.buffer))
    lg.info("c")
    print("after capacity", len(mem.buffer))
    lg.info("d"); lg.error("e")
    lg.info("f")
    mem.close()
    print(mem.target, len(mem.buffer))
    r = logging.makeLogRecord({"msg": "hello %s", "args": ("x",), "name": "n"})
    p = qh.prepare(r)
    print(p.msg, p.args, r.msg, r.args, p is r)
    b = logging.handlers.BufferingHandler(2)
    b.handle(r); print(len(b.buffer)); b.handle(r); print(len(b.buffer))
    print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)

asyncio.run(main())
