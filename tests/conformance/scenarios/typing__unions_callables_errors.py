# Union flattens, removes duplicates and collapses to a single type; Optional[X] is
# Union[X, None]. get_origin/get_args take annotations apart. Notice the reprs and the
# TypeErrors for misuse (a single TypeVar constraint, non-TypeVar Generic parameters).
from typing import (Any, Callable, Dict, Generic, List, Literal, Optional, Tuple, TypeVar,
                    Union, get_args, get_origin, Annotated, Iterable, Type)

print(Union[int, Union[str, int]], Union[int], Union[int, None], Optional[Union[int, str]])
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], Callable[..., Any])
print(Callable[[], None], Tuple[()], Tuple[int, ...], Literal["r", "w"], Annotated[int, "meta"])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Optional[int]))
print(get_args(Optional[int]), get_origin(int), get_args(int), Type[int], Iterable[Tuple[int, str]])
K = TypeVar("K")
V = TypeVar("V", bound=int)
Co = TypeVar("Co", covariant=True)
print(K, V, V.__bound__, Co, Dict[K, V], Dict[K, V][str, int], List[K][float])


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


print(Pair[str, int], Pair.__parameters__, Pair[str, int]("a", 1).value, Pair.__orig_bases__)
for bad in (lambda: TypeVar("X", int), lambda: Generic[int], lambda: List[int, str],
            lambda: Pair[int], lambda: Callable[int, str], lambda: Any[int], lambda: Union[()]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
