# A failing assert is reported at its test's last jump, as CPython 3.11 compiles it: the
# line of a comparison that ends an `and`/`or` chain or a conditional expression, else the
# assert statement's own line, whichever operand was false.
import sys
import traceback


def where(f, *args):
    try:
        f(*args)
    except AssertionError as e:
        frame = traceback.extract_tb(sys.exc_info()[2])[-1]
        print(f.__name__, args, "line", frame.lineno, repr(frame.line), repr(e))


def first_false(q, p):
    assert (
        q >= 0
        and p > 0
    ), "bad row"


def continued(q):
    assert q >= 0 and \
        q > 5, "continued"


def either(q, p):
    assert (
        q >= 0
        or p > 0
    )


def negated(q):
    assert (
        not q
    )


def conditional(q, p):
    assert (
        q > 0 if p else
        q < 0
    )


def nested(q, p):
    assert (q and
            (p and
             not q))


def call_leaf(q):
    assert all(
        [q]
    )


def name_leaf(q, p):
    assert (q
            and
            p)


def chained(q, p):
    assert (q
            and
            0 < p < 5)


def single_compare(q):
    assert (
        q == 1
    ), "single"


where(first_false, -1, 5)
where(first_false, 1, -5)
where(continued, -1)
where(continued, 1)
where(either, -1, -5)
where(negated, 3)
where(conditional, -1, 1)
where(conditional, 1, 0)
where(nested, 1, 1)
where(call_leaf, 0)
where(name_leaf, 1, 0)
where(chained, 1, 0)
where(single_compare, 0)
first_false(-2, 1)
