# asyncio.iscoroutinefunction() and inspect's is*function() see through functools.partial
# (and partials of partials, of bound methods, of subclasses of partial): a retry helper
# can tell that partial(fetch, url) makes a coroutine. A partialmethod is not unwrapped.
# A debug-mode loop refuses a partial of a coroutine function as a callback.
import asyncio
import functools
import inspect


class Client:
    async def get(self, url):
        await asyncio.sleep(0.1)
        return f"body of {url}"

    def close(self):
        return None


async def ticker():
    yield 1


class Tagged(functools.partial):
    pass


async def call(fn):
    if asyncio.iscoroutinefunction(fn):
        return await fn()
    return fn()


async def main():
    c = Client()
    fetch = functools.partial(c.get, "/a")
    print(asyncio.iscoroutinefunction(fetch), inspect.iscoroutinefunction(fetch))
    print(asyncio.iscoroutinefunction(functools.partial(functools.partial(Client.get, c))))
    print(asyncio.iscoroutinefunction(Tagged(c.close)), inspect.isasyncgenfunction(Tagged(ticker)))
    print(asyncio.iscoroutinefunction(functools.partial(asyncio.sleep, 1)))
    print(asyncio.iscoroutinefunction(functools.partialmethod(Client.get)))
    print(await call(fetch), await call(functools.partial(c.close)))
    try:
        asyncio.get_running_loop().call_soon(fetch)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main(), debug=True)
