# Callable with a ParamSpec, as decorator hints write it (Callable[P, Awaitable[T]]): the
# parameters stay bare in the repr, with Concatenate too; lists and ... as before.
import asyncio
from typing import Awaitable, Callable, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

print(Callable[P, int])
print(Callable[Concatenate[int, P], int])
print(Callable[P, Awaitable[T]])
print(Callable[[int, str], bool])
print(Callable[..., None])
print(Callable[[], int])
alias = Callable[P, T]
print(alias.__args__)


def timed(func: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        return await func(*args, **kwargs)
    return wrapper


@timed
async def add(a: int, b: int) -> int:
    await asyncio.sleep(0.1)
    return a + b


print(asyncio.run(add(2, 3)))
print(timed.__annotations__)
