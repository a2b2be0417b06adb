# A generator's, coroutine's and async generator's frame (gi_frame, cr_frame, ag_frame):
# f_lineno where it waits (its def line before it starts), f_locals as they are now, f_code,
# f_globals, f_back (None while suspended), the frame's repr; None once it has finished.
# A pending task's coroutine frame shows its locals while it sleeps.
import asyncio


def countdown(n):
    while n > 0:
        step = n
        yield step
        n -= 1


g = countdown(2)
frame = g.gi_frame
print(frame.f_lineno, frame.f_locals, frame.f_code is countdown.__code__, frame.f_back)
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_locals)
print(frame.f_globals is globals(), frame.f_code.co_name, repr(frame).split(", ", 1)[1])
print(list(g), g.gi_frame)


async def ticker(label, delay):
    count = 0
    async def inner():
        return count
    while count < 3:
        count += 1
        await asyncio.sleep(delay)
    return label


async def numbers():
    total = 0
    for i in range(3):
        total += i
        yield i


async def main():
    task = asyncio.create_task(ticker("t", 0.5))
    await asyncio.sleep(0.7)
    coro = task.get_coro()
    print(coro.cr_frame.f_lineno, sorted(coro.cr_frame.f_locals.items(), key=str))
    print(coro.cr_frame.f_back, repr(coro.cr_frame).split(", ", 1)[1])
    await task
    print(coro.cr_frame)
    agen = numbers()
    print(agen.ag_frame.f_lineno, agen.ag_frame.f_locals)
    await agen.__anext__()
    await agen.__anext__()
    print(agen.ag_frame.f_lineno, agen.ag_frame.f_locals)
    await agen.aclose()
    print(agen.ag_frame)
    print(hasattr(g, "cr_frame"), hasattr(coro, "gi_frame"))


asyncio.run(main())
