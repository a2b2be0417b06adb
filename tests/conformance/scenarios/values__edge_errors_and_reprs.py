# Everyday values at their edges, as CPython words them: a bytearray's repr escapes a single
# quote even between double quotes; zip(strict=True) names the arguments it compared;
# sort's reverse= must be an int; a shift past Py_ssize_t and a __len__ past it overflow;
# round() with more digits than exist returns the number; super().__class__ is super.
import asyncio


class Huge:
    def __len__(self):
        return 2**70


class Negative:
    def __len__(self):
        return -(2**70)


class Base:
    pass


class Child(Base):
    def kind(self):
        return super().__class__


def attempt(label, thunk):
    try:
        print(label, thunk())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


async def main():
    await asyncio.sleep(0)
    print(repr(bytearray(b"it's")), repr(bytearray(b"both ' and \"")), repr(b"it's"))
    attempt("zip3", lambda: list(zip("ab", "xy", "q", strict=True)))
    attempt("zip4", lambda: list(zip("ab", "xy", "pq", "z", strict=True)))
    attempt("zip2", lambda: list(zip("abc", "x", strict=True)))
    attempt("zip-longer", lambda: list(zip("a", "xy", "q", strict=True)))
    for reverse in (None, "yes", 2.5, 2, True, 0):
        attempt(f"reverse={reverse!r}", lambda: sorted([1, 3, 2], reverse=reverse))
    attempt("list.sort", lambda: [2, 1].sort(reverse=None))
    attempt("shift", lambda: 1 << 10**20)
    attempt("zero shift", lambda: (0 << 10**20, 5 >> 10**20, -5 >> 10**20))
    attempt("len huge", lambda: len(Huge()))
    attempt("len negative", lambda: len(Negative()))
    attempt("round", lambda: (round(1.5, 10**20), round(1.5, -10**20), round(15, 10**20)))
    attempt("super", lambda: Child().kind())


asyncio.run(main())
