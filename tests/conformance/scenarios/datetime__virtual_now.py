# datetime.now() and date.today() read the clock; in Loopscope that is the virtual clock,
# which starts at 1970-01-01 00:00:00 (UTC) and advances only by waiting. Elapsed time is
# a timedelta. Notice each task's start and end stamps, and the formats.
# loopscope: max-seconds=200000
import asyncio
from datetime import date, datetime, timedelta


async def job(name, seconds):
    start = datetime.now()
    await asyncio.sleep(seconds)
    end = datetime.now()
    print(f"{name}: {start:%H:%M:%S} -> {end.strftime('%H:%M:%S.%f')} took {end - start}")
    return end - start


async def main():
    t0 = datetime.now()
    print("start:", t0, repr(t0), date.today(), datetime.today() == t0)
    durations = await asyncio.gather(job("short", 1.5), job("long", 75.25))
    print("total:", sum(durations, timedelta()), (datetime.now() - t0).total_seconds())
    await asyncio.sleep(3600 * 26)
    now = datetime.now()
    print(now.isoformat(), now.isoformat(timespec="seconds"), now.date(), now.time())
    print(now.strftime("%Y-%m-%d %A %B %j %I:%M %p"), now.timestamp())
    print(datetime.utcnow() == now, date.today().isoformat(), now.weekday())


asyncio.run(main())
