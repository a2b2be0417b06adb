# except* in detail: a clause runs at most once with a group of what matched it, clauses
# are tried in order on what is left, a bare `raise` re-raises its part inside the original
# shape, a new exception is grouped before the re-raised part, `else` and `finally` run as
# usual, and a naked exception is wrapped. Notice the traceback of each printed group.
def boom():
    raise ExceptionGroup("boom", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3), OSError(4)])])


def run(label, body):
    try:
        body()
    except BaseException as e:
        print(label, "->", repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   ", repr(sub), "context:", repr(sub.__context__))
    else:
        print(label, "-> nothing")


def reraise_part():
    try:
        boom()
    except* ValueError as g:
        print("  ValueError part", repr(g))
        raise
    except* OSError:
        print("  OSError part")


def raise_new():
    try:
        boom()
    except* TypeError as g:
        raise KeyError("new") from None
    except* ValueError:
        raise RuntimeError("another")


def all_handled():
    try:
        boom()
    except* (ValueError, TypeError, OSError) as g:
        print("  one clause took", len(g.exceptions), "parts:", repr(g))
    else:
        print("  else does not run")
    finally:
        print("  finally runs")


def no_error():
    try:
        print("  body")
    except* ValueError:
        print("  not here")
    else:
        print("  else runs")
    finally:
        print("  finally runs")


def naked():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("  not here")
    except* ValueError as g:
        print("  wrapped", repr(g), g.__traceback__)
        raise


def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("instead")


def name_unbound():
    try:
        raise ValueError(1)
    except* ValueError as g:
        pass
    try:
        g
    except NameError as e:
        print("  NameError:", e)


def in_loop():
    for i in range(3):
        try:
            if i != 1:
                raise ExceptionGroup("loop", [KeyError(i)])
        except* KeyError as g:
            for j in range(5):
                if j == 1:
                    break
                continue
            print("  handled", i, g.exceptions)


for f in (reraise_part, raise_new, all_handled, no_error, naked, naked_new, name_unbound, in_loop):
    run(f.__name__, f)
