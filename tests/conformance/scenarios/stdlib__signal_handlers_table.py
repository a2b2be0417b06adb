# signal: the names and numbers of Linux's signals as enums, and the process's handler table
# (signal.signal returns the previous handler; SIGINT starts with default_int_handler, SIGPIPE
# and SIGXFSZ ignored). Errors for bad numbers, bad handlers and uncatchable signals.
import signal
import threading

print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGTERM.name, int(signal.SIGHUP))
print(signal.Signals(15), signal.Signals["SIGUSR1"], signal.SIGIOT is signal.SIGABRT, signal.SIGCLD)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.Handlers, repr(signal.SIG_BLOCK), signal.NSIG)
print(f"{signal.SIGTERM} {signal.SIGTERM!r} %s %d" % (signal.SIGINT, signal.SIGINT), signal.SIGTERM + 1)
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
print(signal.strsignal(signal.SIGTERM), signal.strsignal(2), signal.strsignal(34), signal.strsignal(32))
valid = signal.valid_signals()
print(type(valid).__name__, len(valid), sorted(valid)[:3], sorted(valid)[-2:], 32 in valid)


def on_usr1(signum, frame):
    print("usr1", signum)


print(signal.signal(signal.SIGUSR1, on_usr1))
print(signal.getsignal(signal.SIGUSR1) is on_usr1)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) != "", signal.getsignal(signal.SIGUSR1))
print(signal.signal(10, 0), signal.getsignal(10), signal.signal(2.0, on_usr1) is signal.default_int_handler)
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.siginterrupt(signal.SIGTERM, False), signal.set_wakeup_fd(-1))

for args in [(signal.SIGKILL, on_usr1), (signal.SIGSTOP, signal.SIG_DFL), (32, on_usr1), ("x", on_usr1),
             (2, 5), (0, on_usr1), (65, on_usr1)]:
    try:
        signal.signal(*args)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in (0, 99, "2"):
    try:
        signal.getsignal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))


def in_thread():
    for call in (lambda: signal.signal(signal.SIGTERM, on_usr1), lambda: signal.set_wakeup_fd(-1)):
        try:
            call()
        except ValueError as e:
            print("thread:", e)
    print("thread getsignal:", signal.getsignal(signal.SIGTERM))


t = threading.Thread(target=in_thread)
t.start()
t.join()
print(signal.default_int_handler)
