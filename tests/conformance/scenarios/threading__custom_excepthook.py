# threading.excepthook can be replaced: it receives args with exc_type, exc_value,
# exc_traceback and thread. Here it logs one line instead of a traceback;
# threading.__excepthook__ keeps the original.
import threading
import time


def hook(args):
    print(f"hook: {args.exc_type.__name__}({args.exc_value}) in {args.thread.name}")


def task(name, value):
    time.sleep(value)
    raise LookupError(f"{name} not found")


threading.excepthook = hook
for name, value in (("alpha", 0.2), ("beta", 0.1)):
    threading.Thread(target=task, args=(name, value), name=name).start()
time.sleep(1)
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=task, args=("gamma", 0), name="gamma")
t.start()
t.join()
print("done")
