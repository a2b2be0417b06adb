"""asyncio.to_thread: run a blocking function in the loop's default executor (a thread of
its pool), in a copy of the caller's contextvars context, and await it, so that only that
thread blocks. The def and the await sit on CPython's lines (12, 25): task reprs show them."""

import functools
import contextvars
from asyncio import get_running_loop

__all__ = "to_thread",


async def to_thread(func, /, *args, **kwargs):
    # The loop this coroutine runs in. Its default executor
    # (made on first use, with workers
    # named asyncio_0, asyncio_1, ...) runs the call; the
    # future run_in_executor returns is an asyncio future
    # chained to the pool's concurrent one, resolved on this
    # loop through call_soon_threadsafe when the call ends.
    # The worker runs the function in a copy of the caller's
    # context: it sees the caller's context variables, and
    # what it sets stays in that copy.
    loop = get_running_loop()
    ctx = contextvars.copy_context()
    func_call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, func_call)
