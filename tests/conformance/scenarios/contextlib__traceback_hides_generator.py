# An exception raised in the body of a @contextmanager / @asynccontextmanager `with` block
# that the generator does not handle propagates with the traceback it had in the block:
# __exit__ puts `exc.__traceback__` back, so the generator's `yield` line is not shown.
# A generator that yields twice fails with "generator didn't stop" and is closed at once.
# Assigning `__traceback__` (or with_traceback) replaces what a later re-raise shows.
import asyncio
import contextlib
import traceback


@contextlib.contextmanager
def opened(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


@contextlib.asynccontextmanager
async def session(name):
    await asyncio.sleep(0.1)
    try:
        yield name
    finally:
        await asyncio.sleep(0.1)
        print("session closed", name)


@contextlib.contextmanager
def yields_twice():
    try:
        yield 1
        yield 2
    finally:
        print("yields_twice finalized")


def lookup(table, key):
    return table[key]


def first_failure():
    try:
        lookup({}, "first")
    except KeyError as e:
        return e


def assigned_tracebacks():
    saved = first_failure()
    tb = saved.__traceback__
    try:
        raise saved
    except KeyError as e:
        print("re-raised frames:", len(traceback.extract_tb(e.__traceback__)))
        e.__traceback__ = tb
        print("assigned is same object:", e.__traceback__ is tb)
        traceback.print_exc()
    err = ValueError("fresh")
    print("with_traceback returns self:", err.with_traceback(tb) is err, err.__traceback__ is tb)
    print("with_traceback(None):", err.with_traceback(None).__traceback__)
    for bad in (42, "tb"):
        try:
            err.__traceback__ = bad
        except TypeError as e:
            print("TypeError:", e)
        try:
            err.with_traceback(bad)
        except TypeError as e:
            print("TypeError:", e)


async def main():
    assigned_tracebacks()
    try:
        with opened("a"):
            lookup({}, "missing")
    except KeyError as e:
        print("caught", repr(e), "frames:", len(traceback.extract_tb(e.__traceback__)))
    try:
        with opened("b"):
            raise StopIteration("from the block")
    except RuntimeError as e:
        print("RuntimeError?", e)
    except StopIteration as e:
        print("StopIteration passes through:", e)
    try:
        with yields_twice():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with session("s1"):
        print("in s1")
    async with session("s2"):
        lookup({"k": 1}, "other")


asyncio.run(main())
