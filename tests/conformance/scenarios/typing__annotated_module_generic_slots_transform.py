# Annotated and user generic aliases take their origin's __module__; Generic has empty
# __slots__; dataclass_transform records its arguments.
import inspect
from dataclasses import dataclass
from typing import Annotated, Generic, List, Optional, TypeVar, dataclass_transform

T = TypeVar("T")
A = Annotated[int, "meta"]
print(A.__module__, Optional[int].__module__, List[int].__module__)


def f(x: A, y: Annotated[List[int], 1], z: Optional[int] = None): pass


print(inspect.signature(f))


class Box(Generic[T]):
    pass


print(Box[int].__module__, Box[int])
print("__slots__" in Generic.__dict__, Generic.__slots__)


@dataclass(slots=True)
class SBox(Generic[T]):
    v: T


b = SBox(1)
try:
    b.typo = 2
    print("assigned", b.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(SBox[str]("s"), "__orig_class__"), SBox[str]("s"))
print(hasattr(Box[int](), "__orig_class__"))


@dataclass_transform()
def model(cls):
    return cls


print(model.__dataclass_transform__)


@dataclass_transform(kw_only_default=True, field_specifiers=(int,), frozen_default=True)
class ModelBase:
    pass


print(ModelBase.__dataclass_transform__)


@model
class M:
    x: int


print(M.__name__, hasattr(M, "__dataclass_transform__"))
try:
    dataclass_transform(1)
except TypeError as e:
    print("TypeError:", e)
