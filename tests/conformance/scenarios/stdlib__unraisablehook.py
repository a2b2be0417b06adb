# sys.unraisablehook gets what nothing could catch (a __del__'s error, a closing
# coroutine's): exc_type, exc_value, exc_traceback, err_msg, object. The default hook is
# sys.__unraisablehook__; an error in the program's hook is reported as CPython does.
import sys

seen = []


def hook(u):
    seen.append(u)
    print("hook:", u.exc_type.__name__, u.exc_value, u.err_msg, type(u.object).__name__,
          u.exc_traceback is not None)


class Res:
    def __del__(self):
        raise OSError("close failed")


print(sys.unraisablehook is sys.__unraisablehook__)
sys.unraisablehook = hook
r = Res()
del r


def stubborn():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


g = stubborn()
next(g)
del g
print(len(seen), seen[0].exc_traceback.tb_lineno)


def bad_hook(u):
    raise ValueError("hook failed")


sys.unraisablehook = bad_hook
r = Res()
del r
sys.unraisablehook = sys.__unraisablehook__
r = Res()
del r
print("end")
