"""Timing small pieces of code (CPython's `timeit`, written for Loopscope).

The timer is `time.perf_counter`, which reads the run's virtual clock: with the default CPU
cost of zero every measurement is 0.0, exactly what CPython prints under the conformance
harness's virtual clock; a `# loopscope: instr-cost-ns=...` header makes the work cost time.

A statement given as a string would be compiled at run time, which Loopscope does not do
(no dynamic code): only CPython's default, `"pass"`, runs; pass a callable instead.
"""

import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# CPython compiles the statements into this function text; kept for programs that read it.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Puts `indent` spaces after every newline of `src`."""
    return src.replace("\n", "\n" + " " * indent)


def _as_callable(code, what):
    """A statement as something to call: a callable itself, or nothing for a string that
    holds no code (CPython's `"pass"` default)."""
    if callable(code):
        return code
    if isinstance(code, str):
        if code.strip() in ("", "pass"):
            return None
        from asyncio import _unsupported

        _unsupported(f"`timeit` with a {what} given as a string (dynamic code)")
    raise ValueError(f"{what} is neither a string nor callable")


class Timer:
    """Times `stmt` after running `setup` once, with `timer`."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        # CPython checks the setup first, then the statement.
        self._setup = _as_callable(setup, "setup")
        self._stmt = _as_callable(stmt, "stmt")
        self.src = None

    def inner(self, it, timer):
        setup, stmt = self._setup, self._stmt
        if setup is not None:
            setup()
        t0 = timer()
        if stmt is None:
            for _ in it:
                pass
        else:
            for _ in it:
                stmt()
        t1 = timer()
        return t1 - t0

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled."""
        import traceback

        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """The time `number` runs of the statement took."""
        return self.inner(itertools.repeat(None, number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` results of `timeit(number)`."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Runs the statement 1, 2, 5, 10, 20, 50, ... times until a run takes at least 0.2
        seconds; returns `(number, time_taken)` of that run."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """`Timer(stmt, setup, timer, globals).timeit(number)`."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(
    stmt="pass",
    setup="pass",
    timer=default_timer,
    repeat=default_repeat,
    number=default_number,
    globals=None,
):
    """`Timer(stmt, setup, timer, globals).repeat(repeat, number)`."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    from asyncio import _unsupported

    _unsupported("`timeit.main` (the command line interface)")
