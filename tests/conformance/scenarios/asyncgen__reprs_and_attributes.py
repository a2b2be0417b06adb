# What an async generator object looks like: its repr, type, __name__/__qualname__,
# ag_running (True only while an asend() drives it), ag_code and ag_await, and the types of
# the awaitables its methods return. Notice ag_await while it awaits a sleep.
import asyncio


class Source:
    async def items(self):
        yield 1
        await asyncio.sleep(1)
        yield 2


async def main():
    gen = Source().items()
    print(repr(gen).split(" at ")[0], type(gen).__name__, gen.__name__, gen.__qualname__)
    print(gen.ag_running, gen.ag_code.co_name, gen.ag_await)
    nxt = gen.__anext__()
    print(type(nxt).__name__, type(gen.asend(None)).__name__, type(gen.athrow(ValueError)).__name__)
    print(type(gen.aclose()).__name__, type(anext(gen, None)).__name__)
    print(await nxt)
    pending = asyncio.ensure_future(gen.__anext__())
    await asyncio.sleep(0.5)
    print("while waiting:", gen.ag_running, type(gen.ag_await).__name__)
    print(await pending, gen.ag_running, gen.ag_await)
    print(gen.__aiter__() is gen, aiter(gen) is gen)
    await gen.aclose()
    print("closed:", gen.ag_running)


asyncio.run(main())
