# An exception in an atexit function is printed ("Exception ignored in atexit callback")
# and the remaining functions still run; even SystemExit does not stop them or change the
# exit status. A function registered while the callbacks run is never called.
import atexit


def flush_log():
    print("flushing log")


def broken():
    raise RuntimeError("disk full")


def late():
    print("late registration ran")


def leave():
    atexit.register(late)
    raise SystemExit(4)


atexit.register(flush_log)
atexit.register(broken)
atexit.register(leave)
print(atexit.register(flush_log) is flush_log)
for bad in [(), (42,)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError:", e)
print("main done")
