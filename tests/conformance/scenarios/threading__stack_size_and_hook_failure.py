# threading.stack_size() reports what was set before and checks the new size (Linux's
# minimum is 32 KiB; negative sizes are refused). When threading.excepthook itself fails,
# "Exception in threading.excepthook:" is printed, then sys.excepthook gets the hook's
# error: here the program's own sys.excepthook.
import sys
import threading

for size in (100, -1, 65536, 0):
    try:
        print("set", size, "was", threading.stack_size(size))
    except ValueError as e:
        print("set", size, "ValueError:", e)
print("now", threading.stack_size())


def failing_hook(args):
    raise TypeError(f"hook failed on {args.exc_type.__name__}")


def program_hook(exc_type, exc, tb):
    print("sys.excepthook called for", exc_type.__name__, exc)


threading.excepthook = failing_hook
sys.excepthook = program_hook
worker = threading.Thread(target=lambda: 1 / 0, name="divider")
worker.start()
worker.join()
print("done")
