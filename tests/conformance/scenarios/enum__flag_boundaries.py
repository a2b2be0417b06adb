# A Flag's boundary decides what happens to bits no member has: STRICT (Flag's default)
# raises, CONFORM drops them, EJECT gives a plain int, KEEP (IntFlag's default) keeps them
# and names them as a number (<Perm.R|8: 12>). Inverting and negative values, a multi-bit
# alias, and members defined out of value order.
import asyncio
from enum import CONFORM, EJECT, KEEP, STRICT, Flag, FlagBoundary, IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Mode(Flag):
    READ = auto()
    WRITE = auto()


class Loose(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


async def main():
    await asyncio.sleep(0.1)
    print(repr(Perm.R | 8), str(Perm.R | 8), (Perm.R | 8).name, repr(Perm(16)), repr(~Perm.R))
    print(repr(Perm(-1)), repr(Perm.R | Perm.X), list(Perm(5)), repr(Perm(0)))
    print(repr(Mode(3)), repr(~Mode.READ), str(Mode(0)), list(Mode(3)))
    try:
        Mode(4)
    except ValueError as e:
        print(e)
    print(repr(Loose(7)), repr(Loose(4)), Eject(7), type(Eject(7)).__name__, repr(Eject(3)))
    Bits = Flag("Bits", "ONE TWO", boundary=KEEP)
    print(repr(Bits(7)), list(FlagBoundary), STRICT, repr(KEEP))


asyncio.run(main())
