# Nested unions (int | str inside Optional or Union) and nested Annotated flatten, and
# every special form refuses isinstance and issubclass by name.
from typing import *
print(Union[int | str, None], Union[int|None], Optional[int|None], Union[list[int] | str, int])
print(Optional[int | str]); print(get_args(Optional[int | str])); print(get_args(Union[int | None, str]))
print(Union[int | str] == (int | str), Union[int|str, str].__args__)
def f(a: Optional[int | str] = None) -> Union[bytes | None, int]: ...
print(get_type_hints(f))
A = Annotated[Annotated[int, 1], 2]
print(A, A.__metadata__, A.__origin__, get_args(A))
B = Annotated[Annotated[Annotated[str, "a"], "b"], "c", "d"]
print(B, B.__metadata__)
print(Annotated[Annotated[int, 1], 2] == Annotated[int, 1, 2])
def f(x: Annotated[Annotated[int, "lo"], "hi"]) -> None: ...
print(get_type_hints(f, include_extras=True), get_type_hints(f))
print(Annotated[list[Annotated[int, 1]], 2])
for f in (Self, Union, Optional, ClassVar, Final, Literal, NoReturn, Never, LiteralString, TypeAlias, Concatenate, TypeGuard, Required, NotRequired, Unpack, Any):
    try: print(isinstance(1, f))
    except TypeError as e: print(e)
    try: print(issubclass(int, f))
    except TypeError as e: print(e)
print(isinstance(1, Optional[int]), isinstance(None, Union[int, str, None]))
