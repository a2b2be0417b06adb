# A sys.excepthook that raises: CPython prints its error, then the original exception.
import sys
def bad_hook(t, v, tb):
    raise RuntimeError("hook failed")
sys.excepthook = bad_hook
raise KeyError("k")
