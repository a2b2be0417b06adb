# Type hints are not checked at run time: they are stored in __annotations__. typing names
# (Optional, List, Dict, Callable, Awaitable, Any, TypeVar, Generic) import and combine,
# and print as written. Notice a wrong type passes silently.
import asyncio
from typing import Any, Awaitable, Callable, Dict, Generic, List, Optional, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


async def run_all(jobs: List[Callable[[], Awaitable[int]]]) -> Dict[str, Any]:
    results = await asyncio.gather(*(job() for job in jobs))
    return {"count": len(results), "sum": sum(results)}


async def seven() -> int:
    await asyncio.sleep(1)
    return 7


def find(name: str, default: Optional[int] = None) -> Optional[int]:
    return default


print(asyncio.run(run_all([seven, seven])))
print(run_all.__annotations__)
print(find.__annotations__, find("x", "not an int"))
print(Box(3).get(), Box[str]("s").get(), Box[int], T, Optional[int], List[int])
print(Dict[str, List[int]], Callable[[int, str], bool], Awaitable[int], Any)
counter: int = 0
label: "str"
print(__annotations__)
print(isinstance(Box(1), Box), Box.__parameters__, TypeVar("N", int, float).__constraints__)
