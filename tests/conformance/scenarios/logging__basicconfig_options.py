# basicConfig() configures the root logger only once (later calls do nothing unless
# force=True); stream= sends records to stdout. Notice the errors for unknown keyword
# arguments, exc_info given an exception object, and str.format-style records.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="A %(levelname)s %(message)s")
logging.basicConfig(format="B %(message)s")
logging.warning("first config wins")
logging.basicConfig(stream=sys.stdout, format="C %(name)s:%(levelname)s %(message)s", force=True,
                    level="INFO")
logging.info("forced: %s", "new format")
try:
    logging.basicConfig(force=True, colour=True)
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename="x.log")
except ValueError as e:
    print("ValueError:", e)
log = logging.getLogger("calc")
try:
    1 / 0
except ZeroDivisionError as e:
    log.error("failed: %r", e, exc_info=e)
log.info("a %(kind)s record", {"kind": "mapping"})
log.warning("percent %d%%", 50)
print(len(logging.getLogger().handlers), logging.getLogger().level, log.getEffectiveLevel())
