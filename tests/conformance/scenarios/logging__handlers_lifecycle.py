# logging's handler bookkeeping: every handler has a reentrant lock, shutdown() (run at exit)
# flushes and closes the live ones newest first, captureWarnings routes warnings through the
# 'py.warnings' logger, stacklevel names a wrapper's caller, isEnabledFor caches its answer
# until setLevel, and LoggerAdapter forwards manager/_log.
import atexit
import logging
import sys
import warnings

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s %(message)s")
log = logging.getLogger("app")
where = logging.getLogger("where")
where.propagate = False
where_handler = logging.StreamHandler(sys.stdout)
where_handler.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
where.addHandler(where_handler)


class Recorder(logging.Handler):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def emit(self, record):
        print(f"[{self.label}] emit {record.getMessage()} locked={self.lock._is_owned()}")

    def flush(self):
        print(f"[{self.label}] flush")

    def close(self):
        print(f"[{self.label}] close")
        super().close()


first = Recorder("first")
log.addHandler(first)
log.addHandler(Recorder("second"))
print(type(first.lock).__name__, logging.NullHandler().lock)


def helper(message):
    where.warning(message, stacklevel=2)


def caller():
    helper("from a wrapper")
    where.warning("direct", stacklevel=1)


caller()

log.setLevel(logging.ERROR)
log.warning("filtered")
log.level = logging.DEBUG
log.warning("still filtered: the cache answers")
log.setLevel(logging.DEBUG)
log.warning("seen after setLevel")
print(sorted(log._cache.items()))

adapter = logging.LoggerAdapter(log, {"user": "ann"})
print(adapter.manager is logging.root.manager, logging.LoggerAdapter(adapter, {}).manager is log.manager)
adapter._log(logging.ERROR, "through _log %s", ("arg",))

logging.captureWarnings(True)
warnings.warn("captured")
logging.captureWarnings(False)
warnings.warn("plain again")

formatter = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
records = [logging.makeLogRecord({"msg": m}) for m in ("a", "b")]
print(repr(formatter.format(records)), repr(formatter.format([])))

atexit.register(print, "the program's atexit runs first")
log.removeHandler(first)
del first
print("end of program")
