"""A typed asyncio module with PEP 563 annotations: kept as strings, so forward references
need no quotes, and names used only in annotations need not exist."""
from __future__ import annotations

import __future__
import asyncio
import typing
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    deps: list[Job] = field(default_factory=list)
    result: int | None = None
    meta: dict[str, tuple[int, ...]] = field(default_factory=dict)


class Scheduler:
    limit: int = 2
    pending: typing.Optional[list[Job]]

    def __init__(self, jobs: list[Job]) -> None:
        self.jobs = jobs

    async def run(self, job: Job, *args: int, delay: float = 0.1, **opts: NotDefinedAnywhere) -> Job:
        await asyncio.sleep(delay)
        job.result = len(job.name) * 10
        return job


def hooks(cb: typing.Callable[[Job, int], typing.Awaitable[None]], flags: Literal["a", 'b'] = "a",
          n: -1 = -1, big: 1_000 = 0, ratio: 0.5 = 0.5, x: (int, str) = None, t: tuple[()] = ()) -> None:
    pass


async def main() -> None:
    a = Job("fetch")
    b = Job("parse", deps=[a])
    s = Scheduler([a, b])
    done = await asyncio.gather(*(s.run(j) for j in s.jobs))
    print([(j.name, j.result) for j in done])


asyncio.run(main())
print(Job.__annotations__)
print(Scheduler.__annotations__, Scheduler.__init__.__annotations__)
print(Scheduler.run.__annotations__)
print(hooks.__annotations__)
print(annotations, __future__.annotations.getMandatoryRelease(), __future__.CO_FUTURE_ANNOTATIONS)
