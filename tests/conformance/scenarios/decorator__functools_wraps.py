# A decorator replaces a function with a wrapper. functools.wraps copies the name, the
# docstring and __wrapped__ onto the wrapper, so introspection still sees the original.
# Notice the stacking order, and that an async wrapper must await the wrapped coroutine.
import asyncio
import functools


def timed(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        loop = asyncio.get_running_loop()
        start = loop.time()
        result = await func(*args, **kwargs)
        print(f"  {func.__name__} took {loop.time() - start:.2f}s")
        return result

    return wrapper


def tagged(tag):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            print(f"  [{tag}] calling {func.__name__}{args}")
            return await func(*args, **kwargs)

        return wrapper

    return decorate


def unwrapped(func):
    async def wrapper(*args):
        return await func(*args)

    return wrapper


@timed
@tagged("net")
async def download(url, seconds):
    """Pretend to download url."""
    await asyncio.sleep(seconds)
    return f"<{url}>"


@unwrapped
async def plain():
    """Docstring lost."""


async def main():
    print(await download("a.html", 1.5))
    print(download.__name__, download.__doc__, download.__wrapped__.__name__)
    print(plain.__name__, plain.__qualname__, plain.__doc__)
    print(download.__wrapped__.__wrapped__.__qualname__, asyncio.iscoroutinefunction(download))


asyncio.run(main())
