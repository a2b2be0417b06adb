# abc.ABC with @abstractmethod defines an interface: the class cannot be instantiated
# until a subclass implements every abstract method (or property). register() makes an
# unrelated class a "virtual subclass". Notice the TypeError lists the missing methods.
import asyncio
from abc import ABC, abstractmethod


class Fetcher(ABC):
    @abstractmethod
    async def fetch(self, url):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @abstractmethod
    def close(self):
        ...

    async def fetch_all(self, urls):
        pages = []
        for u in urls:
            pages.append(await self.fetch(u))
        return pages


class Half(Fetcher):
    async def fetch(self, url):
        return url


class Fake(Half):
    name = "fake"

    def close(self):
        print("closed", self.name)


async def main():
    f = Fake()
    print(await f.fetch_all(["/a", "/b"]), isinstance(f, Fetcher))
    f.close()
    for cls in (Fetcher, Half):
        try:
            cls()
        except TypeError as e:
            print("TypeError:", e)
    print(sorted(Fetcher.__abstractmethods__), Fake.__abstractmethods__)
    Fetcher.register(list)
    print(isinstance([], Fetcher), issubclass(list, Fetcher), issubclass(dict, Fetcher))


asyncio.run(main())
