# Handlers have their own levels and filters; a logger with propagate=False keeps its
# records from the root's handlers; a LoggerAdapter adds context. Notice the '{' format
# style, the handler reprs, and the errors for unknown level names.
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("{levelname:<7}|{name}|{message}", style="{"))
out.setLevel("INFO")
root = logging.getLogger()
root.addHandler(out)
root.setLevel(logging.DEBUG)

quiet = logging.getLogger("svc.quiet")
quiet.propagate = False
quiet.addHandler(logging.NullHandler())
quiet.error("never printed: no propagation, NullHandler only")

svc = logging.getLogger("svc")


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0


svc.addFilter(OnlyEven())
for n in range(4):
    svc.warning("tick %d", n)
svc.debug("debug is below the handler's INFO level")
child = svc.getChild("db")
child.info("child %s", "of svc: the parent's filters do not apply")
adapter = logging.LoggerAdapter(logging.getLogger("req"), {"id": 7})
adapter.info("adapter message")
print(out, repr(root), repr(child), repr(adapter), child.name)
print(logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName(logging.WARN))
logging.addLevelName(25, "NOTICE")
root.log(25, "custom level %s", logging.getLevelName(25))
logging.disable(logging.WARNING)
root.error("disabled")
logging.disable(logging.NOTSET)
root.error("enabled again")
for bad in ("LOUD", 2.5):
    try:
        root.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
