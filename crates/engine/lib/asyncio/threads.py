"""asyncio.to_thread: run a blocking function in the loop's default executor (a thread of
its pool) and await it, so that only that thread blocks. No contextvars copy (no contextvars
yet). The def and the await sit on CPython's lines (12, 25): task reprs show them."""

import functools

from asyncio import get_running_loop

__all__ = "to_thread",


async def to_thread(func, /, *args, **kwargs):
    # The loop this coroutine runs in. Its default executor
    # (made on first use, with workers
    # named asyncio_0, asyncio_1, ...) runs the call; the
    # future run_in_executor returns is an asyncio future
    # chained to the pool's concurrent one, resolved on this
    # loop through call_soon_threadsafe when the call ends.
    loop = get_running_loop()
    # CPython runs `ctx.run(func, ...)` with a copy of the
    # caller's contextvars context; here the function is
    # called with its arguments only (the worker sees
    # no context variables).
    func_call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
