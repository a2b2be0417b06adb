# sys.excepthook(type, exc, tb) prints the exception's own traceback when it has one: the
# third argument only stands in for a missing one (an exception never raised).
import sys


def lookup():
    return {}["k"]


for label in ("None", "tb_next", "own"):
    try:
        lookup()
    except KeyError as e:
        print("hook with", label, flush=True)
        tb = {"None": None, "tb_next": e.__traceback__.tb_next, "own": e.__traceback__}[label]
        sys.excepthook(type(e), e, tb)
fresh = ValueError("never raised")
try:
    lookup()
except KeyError as e:
    print("a fresh exception with another's traceback", flush=True)
    sys.excepthook(ValueError, fresh, e.__traceback__)
