# A TimerHandle hashes by its deadline (hash(when)) and equals another with the same
# deadline, callback, arguments and cancelled state, so equal timers meet in a set or dict.
# A plain Handle hashes and compares by identity.
# Notice cancelling one of two equal timers makes them differ.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    a = loop.call_at(t0 + 1, print, "a")
    b = loop.call_at(t0 + 1, print, "a")
    c = loop.call_at(t0 + 2, print, "c")
    print(hash(a) == hash(t0 + 1), hash(a) == hash(b), a == b, a is b)
    print(len({a, b, c}), {a: "first", c: "third"}[b])
    h1, h2 = loop.call_soon(print, "h"), loop.call_soon(print, "h")
    print(h1 == h2, len({h1, h2}))
    b.cancel()
    print(a == b, len({a, b}), a in {b}, b in {b})
    await asyncio.sleep(2)


asyncio.run(main())
