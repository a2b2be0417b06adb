# logging.handlers.RotatingFileHandler in the run's virtual file system: when the next record
# would take the file to maxBytes, app.log becomes app.log.1 (the older ones shift up to
# backupCount) and a new app.log starts; namer renames the rotated files.
import logging, os
from logging.handlers import RotatingFileHandler

log = logging.getLogger("app")
log.setLevel(logging.INFO)
handler = RotatingFileHandler("app.log", maxBytes=120, backupCount=3)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(handler)
print(repr(handler).replace(os.getcwd(), "."), handler.maxBytes, handler.backupCount, handler.mode)
for i in range(20):
    log.info("event number %d with some padding text", i)
handler.close()
for name in sorted(os.listdir(".")):
    with open(name) as f:
        lines = f.read().splitlines()
    print(name, len(lines), lines[0], lines[-1])

h2 = RotatingFileHandler("named.log", maxBytes=60, backupCount=2, delay=True)
h2.namer = lambda name: name.replace(".log.", "-") + ".old"
h2.setFormatter(logging.Formatter("%(message)s"))
other = logging.getLogger("other")
other.addHandler(h2)
other.warning("first message that is long enough")
other.warning("second message that is long enough")
other.warning("third message that is long enough")
h2.close()
print(sorted(n for n in os.listdir(".") if n.startswith("named")))
h3 = RotatingFileHandler("plain.log", mode="w")
h3.emit(logging.makeLogRecord({"msg": "no rotation", "levelname": "INFO"}))
h3.close()
print(open("plain.log").read().strip(), h3.shouldRollover(None) if False else "ok")
