# Type variables inside a builtin generic (list[T], dict[str, T]) belong to the typing alias
# around it, which substitutes them by subscription, as CPython's _collect_parameters does.
from typing import TypeVar, Optional, Dict, List, Union, Callable, Tuple
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
MaybeList = Optional[list[T]]
print(MaybeList.__parameters__)
print(MaybeList[int])
Table = Dict[K, list[V]]
print(Table.__parameters__, Table[str, int])
Pair = Tuple[T, dict[str, T]]
print(Pair.__parameters__, Pair[float])
U = Union[T, list[T] | None]
print(U.__parameters__, U[bytes])
Handler = Callable[[T], list[T]]
print(Handler.__parameters__, Handler[int])
print(List[list[T]][str], list[list[T]][int])
class Box(list): pass
print(Optional[Box].__parameters__)
