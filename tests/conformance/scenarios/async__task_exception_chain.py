# Exceptions raised inside tasks keep their class, message, cause and context when they
# reach the awaiting coroutine; finally blocks in the task run first. Notice the custom
# exception's __str__, the chained cause, and the order of the printed lines.
import asyncio


class FetchError(Exception):
    def __init__(self, url, reason):
        super().__init__(url, reason)
        self.url = url

    def __str__(self):
        return f"could not fetch {self.url}: {self.args[1]}"


async def fetch(url, delay):
    try:
        await asyncio.sleep(delay)
        if "bad" in url:
            try:
                {}["status"]
            except KeyError as e:
                raise FetchError(url, "no status") from e
        return f"<{url}>"
    finally:
        print(f"  cleanup {url}")


async def main():
    task = asyncio.create_task(fetch("bad.example", 0.2))
    good = asyncio.create_task(fetch("good.example", 0.1))
    print(await good)
    try:
        await task
    except FetchError as e:
        print(type(e).__name__, "|", e, "|", repr(e.__cause__), "|", e.url, e.args)
        print(task.done(), type(task.exception()).__name__, task.exception() is e)
    results = await asyncio.gather(fetch("a", 0.1), fetch("bad.b", 0.1), return_exceptions=True)
    print([str(r) for r in results])


asyncio.run(main())
