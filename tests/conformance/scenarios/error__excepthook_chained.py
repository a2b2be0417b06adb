# sys.excepthook: the built-in one can be read and chained, and a program's own hook is
# called for the uncaught exception, as the interpreter does.
import sys
print(sys.excepthook, sys.__excepthook__ is sys.excepthook)
old = sys.excepthook
def hook(t, v, tb):
    print("custom hook:", t.__name__, v, tb.tb_lineno if tb else None)
    old(t, v, tb)
sys.excepthook = hook
def f():
    raise ValueError("boom")
f()
