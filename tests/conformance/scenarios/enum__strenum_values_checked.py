# StrEnum member values must be strings (str()'s arguments), with CPython's TypeErrors.
from enum import StrEnum, auto
for v in [1, ('a', 'utf-8'), ('a', 1), ('a', 'b', 'c', 'd'), b'x', 'ok']:
    try:
        class S(StrEnum):
            A = v
        print('ok', repr(S.A))
    except TypeError as e:
        print(type(e).__name__, e)
class T(StrEnum):
    X = auto()
    Y = 'why'
print(list(T), T.X == 'x', f"{T.Y}")
