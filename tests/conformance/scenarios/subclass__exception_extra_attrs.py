# An exception class can carry extra data and a custom __str__; the traceback's last line
# uses str(), repr() shows the args given to the constructor. Raised from a task, it reaches
# the awaiting code intact. Notice the last, uncaught error's line.
import asyncio


class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return f"{self.status} for {self.url}"


class NotFound(HTTPError):
    def __init__(self, url):
        super().__init__(404, url)


async def fetch(url):
    await asyncio.sleep(0.5)
    if url.endswith("missing"):
        raise NotFound(url)
    if url.endswith("down"):
        raise HTTPError(503, url)
    return "ok"


async def main():
    results = await asyncio.gather(
        fetch("/a"), fetch("/missing"), fetch("/down"), return_exceptions=True
    )
    for r in results:
        print(type(r).__name__, str(r), repr(r), getattr(r, "status", None), getattr(r, "args", None))
    print(isinstance(results[1], HTTPError), NotFound.__mro__[1:3])
    await fetch("/gone/missing")


asyncio.run(main())
