# functools.partialmethod's repr in 3.11 always has three fields (function, positional,
# keyword), so empty ones leave a trailing ", " behind.
import functools

def area(self, w, h=1):
    return w * h

class Cell:
    double = functools.partialmethod(area, 2)
    empty = functools.partialmethod(area)
    kw = functools.partialmethod(area, h=3)
    both = functools.partialmethod(area, 4, h=5)

for name in ("double", "empty", "kw", "both"):
    text = repr(Cell.__dict__[name])
    print(text.split(" at 0x")[0], "|", text.split(">", 1)[1])
print(Cell().double(), Cell().kw(2), Cell().both())
