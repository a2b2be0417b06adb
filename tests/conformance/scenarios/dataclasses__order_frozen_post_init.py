# order=True adds <, <=, >, >= comparing fields as a tuple; frozen=True forbids assignment
# (and makes instances hashable); __post_init__ runs after the generated __init__;
# dataclasses.replace makes a modified copy. Notice FrozenInstanceError's message.
import asyncio
import dataclasses
from dataclasses import dataclass, field


@dataclass(order=True, frozen=True)
class Job:
    priority: int
    name: str = field(compare=False)


@dataclass
class Timer:
    label: str
    seconds: float
    done_at: float = field(init=False)

    def __post_init__(self):
        if self.seconds < 0:
            raise ValueError(f"negative duration for {self.label}")
        self.done_at = asyncio.get_running_loop().time() + self.seconds


async def main():
    jobs = [Job(3, "low"), Job(1, "urgent"), Job(2, "normal"), Job(1, "also urgent")]
    for job in sorted(jobs):
        await asyncio.sleep(job.priority / 10)
        print(f"ran {job.name} (priority {job.priority})")
    print(Job(1, "a") == Job(1, "b"), Job(1, "a") < Job(2, "a"), len({Job(1, "a"), Job(1, "b")}))
    later = dataclasses.replace(jobs[0], priority=9)
    print(later, jobs[0], dataclasses.is_dataclass(later))
    try:
        jobs[0].priority = 0
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    print(Timer("tea", 180))
    try:
        Timer("oops", -1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Job(1, "x") < (1, "x")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
