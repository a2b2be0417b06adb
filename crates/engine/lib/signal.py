# signal: Linux's signal numbers as enums, and the handler table `signal.signal` edits.
#
# A simulated program gets no signals from outside, and the calls that would deliver one
# (raise_signal, alarm, setitimer, pthread_kill, os.kill of itself) are not provided: they
# are listed in `stdlib/library_names.rs`, so using one stops the run as "not supported
# yet". What is here is what programs do to prepare for signals: install and read
# handlers, name signals, and (through `loop.add_signal_handler`) register loop callbacks.
from enum import IntEnum as _IntEnum
import _loopscope
import _thread

default_int_handler = _loopscope.default_int_handler

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

# Linux's numbers, in the order CPython's enum lists them (by value; aliases after).
_SIGNALS = (
    ("SIGHUP", 1, "Hangup"),
    ("SIGINT", 2, "Interrupt"),
    ("SIGQUIT", 3, "Quit"),
    ("SIGILL", 4, "Illegal instruction"),
    ("SIGTRAP", 5, "Trace/breakpoint trap"),
    ("SIGABRT", 6, "Aborted"),
    ("SIGIOT", 6, None),
    ("SIGBUS", 7, "Bus error"),
    ("SIGFPE", 8, "Floating point exception"),
    ("SIGKILL", 9, "Killed"),
    ("SIGUSR1", 10, "User defined signal 1"),
    ("SIGSEGV", 11, "Segmentation fault"),
    ("SIGUSR2", 12, "User defined signal 2"),
    ("SIGPIPE", 13, "Broken pipe"),
    ("SIGALRM", 14, "Alarm clock"),
    ("SIGTERM", 15, "Terminated"),
    ("SIGSTKFLT", 16, "Stack fault"),
    ("SIGCHLD", 17, "Child exited"),
    ("SIGCLD", 17, None),
    ("SIGCONT", 18, "Continued"),
    ("SIGSTOP", 19, "Stopped (signal)"),
    ("SIGTSTP", 20, "Stopped"),
    ("SIGTTIN", 21, "Stopped (tty input)"),
    ("SIGTTOU", 22, "Stopped (tty output)"),
    ("SIGURG", 23, "Urgent I/O condition"),
    ("SIGXCPU", 24, "CPU time limit exceeded"),
    ("SIGXFSZ", 25, "File size limit exceeded"),
    ("SIGVTALRM", 26, "Virtual timer expired"),
    ("SIGPROF", 27, "Profiling timer expired"),
    ("SIGWINCH", 28, "Window changed"),
    ("SIGIO", 29, "I/O possible"),
    ("SIGPOLL", 29, None),
    ("SIGPWR", 30, "Power failure"),
    ("SIGSYS", 31, "Bad system call"),
    ("SIGRTMIN", 34, None),
    ("SIGRTMAX", 64, None),
)

Signals = _IntEnum("Signals", [(name, number) for name, number, _ in _SIGNALS], module=__name__)
Handlers = _IntEnum("Handlers", [("SIG_DFL", 0), ("SIG_IGN", 1)], module=__name__)
Sigmasks = _IntEnum(
    "Sigmasks", [("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)], module=__name__
)

for _name, _member in Signals.__members__.items():
    globals()[_name] = _member
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK

_DESCRIPTIONS = {number: text for _, number, text in _SIGNALS if text is not None}
# The kernel does not let these two be caught or ignored.
_UNCATCHABLE = (9, 19)
# What the interpreter installs at start-up: KeyboardInterrupt for SIGINT, and SIGPIPE and
# SIGXFSZ ignored (errors come back from the system calls instead).
_handlers = {2: default_int_handler, 13: Handlers.SIG_IGN, 25: Handlers.SIG_IGN}
_wakeup_fd = -1


def _int_to_enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def _enum_to_int(value):
    # As CPython's wrapper: anything int() takes (an enum member, 2.0) becomes that int.
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _signal_number(signalnum):
    # An int (an enum member is one); only signal() converts with int() first.
    number = signalnum
    if not isinstance(number, int):
        raise TypeError(f"'{type(number).__name__}' object cannot be interpreted as an integer")
    if number < 1 or number >= NSIG:
        raise ValueError("signal number out of range")
    return int(number)


def _in_main_thread():
    return _thread.get_ident() == _main_thread_ident


_main_thread_ident = _thread.get_ident()


def signal(signalnum, handler):
    if not _in_main_thread():
        raise ValueError("signal only works in main thread of the main interpreter")
    number = _signal_number(_enum_to_int(signalnum))
    if callable(handler):
        pass
    elif handler in (0, 1):
        handler = Handlers(handler)
    else:
        raise TypeError(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"
        )
    if number in _UNCATCHABLE or number in (32, 33):
        raise OSError(22, "Invalid argument")
    previous = getsignal(number)
    if handler is Handlers.SIG_DFL:
        _handlers.pop(number, None)
    else:
        _handlers[number] = handler
    return previous


def getsignal(signalnum):
    number = _signal_number(signalnum)
    return _handlers.get(number, Handlers.SIG_DFL)


def strsignal(signalnum):
    number = _signal_number(signalnum)
    if 34 <= number <= 64:
        return f"Real-time signal {number - 34}"
    return _DESCRIPTIONS.get(number)


def valid_signals():
    return {_int_to_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    global _wakeup_fd
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    if not _in_main_thread():
        raise ValueError("set_wakeup_fd only works in main thread of the main interpreter")
    previous, _wakeup_fd = _wakeup_fd, fd
    return previous


def siginterrupt(signalnum, flag):
    _signal_number(signalnum)
    return None


del _name, _member
