# When threading.excepthook itself raises, CPython prints "Exception in threading.excepthook:"
# and the hook's own traceback with sys.excepthook; the thread still ends quietly and the
# program goes on. args.thread is the failing Thread object.
import threading


def broken_hook(args):
    print("hook called for", args.thread.name, args.exc_type.__name__)
    raise RuntimeError("the hook failed too")


def work():
    raise KeyError("missing")


threading.excepthook = broken_hook
t = threading.Thread(target=work, name="w")
t.start()
t.join()
print("alive:", t.is_alive())
