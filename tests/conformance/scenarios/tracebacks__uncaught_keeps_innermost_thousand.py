# An uncaught exception's traceback prints at most the innermost 1000 entries
# (PyTraceBack_LIMIT) when sys.tracebacklimit is unset: a deep mutual recursion under a
# raised recursion limit does not print every frame.
import sys

sys.setrecursionlimit(5000)


def down(n):
    if n == 0:
        raise ValueError("reached the bottom")
    return across(n - 1)


def across(n):
    return down(n)


try:
    down(1500)
except ValueError as e:
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("frames in the traceback object:", depth)
down(1500)
