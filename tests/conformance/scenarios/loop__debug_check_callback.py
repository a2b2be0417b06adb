# A loop in debug mode checks every callback it is given: a coroutine, a coroutine function
# or a non-callable fails at once with TypeError (call_later reports it as call_at). Without
# debug mode nothing is checked: the mistake surfaces when the loop calls it, as
# "Exception in callback c()" (a coroutine's handle shows its __qualname__).
import asyncio


async def c():
    pass


class K:
    async def m(self):
        pass


async def main():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    for method in ("call_soon", "call_later", "call_at", "call_soon_threadsafe"):
        for cb in (c, K().m, 42, "s", print):
            f = getattr(loop, method)
            try:
                h = f(cb) if method.startswith("call_soon") else f(0.01, cb)
                h.cancel()
                print(method, "accepts", cb)
            except TypeError as e:
                print(method, "TypeError:", e)
    loop.set_debug(False)
    coro = c()
    h = loop.call_soon(coro)
    print(h)
    loop.call_later(0.01, 42)
    await asyncio.sleep(0.1)
    coro.close()


asyncio.run(main())
