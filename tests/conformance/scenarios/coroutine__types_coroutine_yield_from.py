# types.coroutine: a generator-based coroutine may `yield from` a native coroutine (a
# plain generator may not).
import types, asyncio
async def co2(): return "co2"
@types.coroutine
def ok_gen():
    return (yield from co2())
try:
    ok_gen().send(None)
except StopIteration as e:
    print("ok", e.value)
@types.coroutine
def bridge(delay):
    r = yield from asyncio.sleep(delay, "slept")
    return r
async def main():
    print(await bridge(0.1))
    print(await ok_gen())
asyncio.run(main())
def plain():
    yield from co2()
try:
    next(plain())
except TypeError as e:
    print(e)
