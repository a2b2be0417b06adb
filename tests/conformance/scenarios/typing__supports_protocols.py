# typing's Supports* protocols (SupportsInt, SupportsFloat, SupportsAbs[T], SupportsIndex,
# SupportsRound, ...): runtime-checkable, so isinstance() asks for the one method; they
# are generic where CPython's are, and a subclass that lacks the method is abstract.
import asyncio
from typing import SupportsInt, SupportsFloat, SupportsAbs, SupportsRound, SupportsIndex, SupportsBytes, SupportsComplex

class Money:
    def __init__(self, cents): self.cents = cents
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
    def __abs__(self): return Money(abs(self.cents))

def to_int(x: SupportsInt) -> int:
    return int(x)

async def main():
    m = Money(-1250)
    print(to_int(m), isinstance(m, SupportsInt), isinstance(m, SupportsFloat), isinstance(m, SupportsAbs), isinstance(m, SupportsIndex), isinstance(m, SupportsRound))
    print(isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex), isinstance(2.5, SupportsRound), isinstance("s", SupportsInt), issubclass(str, SupportsFloat))
    print(SupportsAbs[int], SupportsInt, SupportsRound.__parameters__, SupportsInt.__module__, SupportsAbs.__mro__[1:3])
    class Half(SupportsInt): pass
    try:
        Half()
    except TypeError as e:
        print(e)
    try:
        SupportsInt()
    except TypeError as e:
        print(e)

asyncio.run(main())
