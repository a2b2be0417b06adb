# A typical tutorial program: jobs as dataclasses with an Enum status, workers logging
# with timestamps, results collected with `async with` and `async for`. Everything here is
# standard library. Notice the log times come from the same clock as the sleeps.
import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger(__name__)
Status = Enum("Status", ["PENDING", "DONE", "FAILED"])


@dataclass
class Job:
    name: str
    seconds: float
    status: Status = Status.PENDING
    log: list = field(default_factory=list)


class Session:
    async def __aenter__(self):
        log.info("session opened")
        return self

    async def __aexit__(self, *exc):
        log.info("session closed at %s", datetime.now().time())


async def run_jobs(jobs):
    for job in sorted(jobs, key=lambda j: j.seconds):
        await asyncio.sleep(job.seconds)
        job.status = Status.FAILED if job.seconds > 2 else Status.DONE
        yield job


async def main():
    jobs = [Job("backup", 3), Job("email", 0.5), Job("report", 1.5)]
    async with Session():
        async for job in run_jobs(jobs):
            log.log(logging.WARNING if job.status is Status.FAILED else logging.INFO, "%s", job)
    print([(j.name, j.status.name) for j in jobs])


asyncio.run(main())
