# os.environ is a dict-like view of environment variables (strings only); environ.get and
# os.getenv return a default for missing names. os.cpu_count() is fixed at 8 in Loopscope.
# Notice setting a variable makes it visible to getenv, and the TypeError for a non-str.
import asyncio
import os

print(os.environ.get("LOOPSCOPE_DEMO_TOKEN", "no token"), os.getenv("LOOPSCOPE_DEMO_TOKEN"))
os.environ["LOOPSCOPE_DEMO_TOKEN"] = "abc123"
print(os.environ["LOOPSCOPE_DEMO_TOKEN"], os.getenv("LOOPSCOPE_DEMO_TOKEN"), "LOOPSCOPE_DEMO_TOKEN" in os.environ)
print(os.environ.pop("LOOPSCOPE_DEMO_TOKEN"), os.getenv("LOOPSCOPE_DEMO_TOKEN", "gone"))
os.environ.setdefault("WORKERS", "3")
workers = int(os.environ["WORKERS"])
try:
    os.environ["PORT"] = 8080
except TypeError as e:
    print("TypeError:", e)
try:
    os.environ["LOOPSCOPE_MISSING"]
except KeyError as e:
    print("KeyError:", e)
print(os.cpu_count(), isinstance(os.getpid(), int), os.sep, os.name, os.path.join("data", "x.json"))


async def worker(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    limit = min(workers, os.cpu_count())
    print("running", limit, "workers:", await asyncio.gather(*(worker(i) for i in range(limit))))


asyncio.run(main())
