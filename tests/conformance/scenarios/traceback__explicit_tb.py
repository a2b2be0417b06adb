# traceback's (type, value, tb) forms use the tb given, not the exception's own: format_exception,
# print_exception, print_tb/format_tb, TracebackException and logging's exc_info tuple.
import logging
import sys
import traceback


def outer():
    inner()


def inner():
    raise ValueError("deep")


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(traceback.format_exception(type(e), e, None))
    print(len(traceback.format_exception(e)), len(traceback.format_exception(type(e), e, tb.tb_next)))
    traceback.print_exception(type(e), e, tb.tb_next.tb_next, file=sys.stdout)
    traceback.print_tb(tb.tb_next, file=sys.stdout)
    print(traceback.format_tb(tb, limit=1))
    te = traceback.TracebackException(type(e), e, tb.tb_next)
    print(len(te.stack), str(te), te.exc_type.__name__, te.stack[0].name)
    print("".join(te.format_exception_only()), end="")
    print(te == traceback.TracebackException(type(e), e, tb.tb_next))
    te2 = traceback.TracebackException.from_exception(e, limit=-1)
    print([f.name for f in te2.stack])
    try:
        traceback.format_exception(type(e), e)
    except ValueError as err:
        print("ValueError:", err)
    try:
        traceback.format_exception("nope")
    except TypeError as err:
        print("TypeError:", err)
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    log = logging.getLogger("t")
    log.addHandler(handler)
    log.error("with tb", exc_info=(type(e), e, tb.tb_next.tb_next))
    log.error("no tb", exc_info=(type(e), e, None))
print(traceback.format_exception(None))
traceback.clear_frames(None)
