# A typing alias is named after its special form (List[int].__name__ is "List", a union
# of one type and None is "Optional") and lends its origin's public attributes; dunder
# names are not lent. Printing the types of dataclass fields by name relies on it.
from typing import Optional, List, Dict, Union, Callable, Tuple, Any
import typing
print(List[int].__name__, Dict[str, int].__name__, List.__name__, Dict.__qualname__)
print(Optional[int].__name__, Union[int, None].__name__, Union[None, str].__name__)
print(Union[int, str].__name__, Union.__name__, Optional.__name__)
print(Callable[[int], str].__name__, Tuple[int, ...].__name__)
print(List[int].append is list.append, List.append is list.append)
print(repr(Optional[int]), repr(Union[int, None, str]))
try:
    List[int].__foo__
except AttributeError as e:
    print("AttributeError", e)
try:
    List[int].nothing
except AttributeError as e:
    print("AttributeError", e)
print(Optional[int] == Union[int, None], hash(Optional[int]) == hash(Union[None, int]))
for t in [int, List[int], Optional[str], Dict[str, List[int]]]:
    print(getattr(t, "__name__", "?"))
import dataclasses
@dataclasses.dataclass
class P:
    x: List[int]
    y: Optional[str] = None
for f in dataclasses.fields(P):
    print(f.name, getattr(f.type, "__name__", f.type))
