# A string inside a typing subscription stands for a forward reference: Optional["Node"]
# holds ForwardRef('Node'), as do List, Dict, Callable, ClassVar, Final and Annotated's
# first argument. Literal keeps its strings.
# Notice two Optional["X"] compare equal.
from typing import (Annotated, Callable, ClassVar, Dict, Final, Generic, List, Literal,
                    Optional, Tuple, Type, TypeVar, Union, get_args)

print(Optional["X"], Union["A", int], List["X"], Dict[str, "X"])
print(Callable[["X"], "Y"], Tuple["X", ...], ClassVar["X"], Type["X"])
print(Literal["X"], Annotated["X", 1], Final["X"])
T = TypeVar("T")


class Box(Generic[T]):
    pass


print(Box["X"], Optional["X"] == Optional["X"], Union["X", None].__args__)
print(get_args(List["Node"]), get_args(Dict["K", "V"]))
