# With sys.tracebacklimit = 0 the uncaught report has no "Traceback" header and no frames:
# only the exception lines and the chaining messages.
import sys

def fail():
    raise KeyError("first")

sys.tracebacklimit = 0
try:
    fail()
except KeyError:
    raise ValueError("second")
