# TimerHandles order by deadline (sorted(), heapq and < work on them); two are equal when
# deadline, callback, arguments and cancelled state all match. A plain Handle has only
# identity. call_soon/call_later/call_at reject unknown keywords, and call_later adds
# its delay to loop.time() (so a str delay fails in that addition).
import asyncio
import heapq


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    a = loop.call_at(t0 + 0.3, print, "a")
    b = loop.call_at(t0 + 0.1, print, "b")
    c = loop.call_at(t0 + 0.1, print, "b")
    print(a < b, a > b, b <= c, b >= c, b == c, b != c, b < c)
    print([round(h.when() - t0, 2) for h in sorted([a, b])])
    heap = [a, b]
    heapq.heapify(heap)
    print(heap[0] is b)
    c.cancel()
    print(b == c, b <= c, b == b)
    s1, s2 = loop.call_soon(print, "s"), loop.call_soon(print, "s")
    print(s1 == s2, s1 != s2, s1 == s1)
    try:
        s1 < s2
    except TypeError as e:
        print("TypeError:", e)
    try:
        a < s1
    except TypeError as e:
        print("TypeError:", e)
    for call in (
        lambda: loop.call_soon(print, "x", bogus=1),
        lambda: loop.call_later(1, print, delay=2),
        lambda: loop.call_at(1, print, when=2),
        lambda: loop.call_later("1", print),
        lambda: loop.call_later(None, print),
    ):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    await asyncio.sleep(0.5)


asyncio.run(main())
