# sys.tracebacklimit bounds the uncaught-exception report: only the innermost frames of each
# traceback are printed. (The traceback module keeps the outermost ones instead.)
import sys
import traceback

def a():
    b()

def b():
    c()

def c():
    raise KeyError("deep")

sys.tracebacklimit = 2
try:
    a()
except KeyError:
    traceback.print_exc()
try:
    a()
except KeyError:
    raise ValueError("while handling")
