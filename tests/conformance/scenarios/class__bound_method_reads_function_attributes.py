# A bound method answers attributes its own type lacks from its function: a tag set on the
# function, functools.wraps' __wrapped__ and __doc__, __defaults__ and __dict__. A missing
# one is the function's AttributeError; setting one on the method is refused.
import asyncio
import functools


def traced(fn):
    @functools.wraps(fn)
    async def wrapper(*args):
        print("calling", fn.__qualname__)
        return await fn(*args)
    return wrapper


class Service:
    @traced
    async def fetch(self, key, retries=3):
        """Fetch one key."""
        await asyncio.sleep(0.1)
        return key.upper()

    def plain(self):
        return 1


Service.plain.route = "/plain"


async def main():
    s = Service()
    print(await s.fetch("k"))
    print(s.fetch.__wrapped__.__name__, s.fetch.__doc__, s.fetch.__wrapped__.__defaults__)
    print(s.plain.route, s.plain.__dict__, s.plain.__defaults__, hasattr(s.plain, "missing"))
    try:
        s.plain.missing
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        s.plain.route = "/other"
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
