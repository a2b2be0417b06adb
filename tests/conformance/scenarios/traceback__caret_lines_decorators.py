# Caret lines for decorators (each decorator call points at its own decorator, innermost
# first), for non-ASCII text before the operator, and for an expression spanning two lines
# (the carets run to the end of the first line).
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        print("".join(traceback.format_exc().splitlines(keepends=True)[3:]))


def deco(tag):
    def wrap(f):
        if tag == "bad":
            raise ValueError(tag)
        return f
    return wrap


def stacked():
    @deco("ok")
    @deco("bad")
    @deco("ok")
    def g():
        pass


def on_class():
    @deco("bad")
    class C:
        pass


def non_ascii():
    return f"{'é' + 1}"


def two_lines():
    return [1, 2][
        5]


for f in [stacked, on_class, non_ascii, two_lines]:
    show(f)
