# asyncio._get_running_loop() is the running loop, or None outside one, where
# get_running_loop() raises: libraries and logging filters use it to ask without a try.
import asyncio
import logging
import sys


class TaskNameFilter(logging.Filter):
    def filter(self, record):
        task = asyncio.current_task() if asyncio._get_running_loop() else None
        record.task = task.get_name() if task else "-"
        return True


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(task)s] %(message)s"))
handler.addFilter(TaskNameFilter())
log = logging.getLogger("demo")
log.addHandler(handler)
log.setLevel(logging.INFO)


async def main():
    print(asyncio._get_running_loop() is asyncio.get_running_loop())
    log.info("inside main")
    await asyncio.create_task(asyncio.sleep(0.1), name="sleeper")
    await asyncio.gather(asyncio.to_thread(log.info, "in a worker thread"))


print(asyncio._get_running_loop())
log.info("before the loop")
asyncio.run(main())
