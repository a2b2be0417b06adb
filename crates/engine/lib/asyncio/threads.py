"""asyncio.to_thread: run a blocking function in the loop's default executor (a thread of
its pool) and await its result, so that only that thread blocks.

CPython also copies the caller's contextvars context into the call; Loopscope has no
contextvars yet, so the function runs with the arguments only.

The `await` below sits on the line CPython's does (threads.py:25), which a pending task's
repr shows: `<Task pending ... coro=<to_thread() running at <stdlib>/asyncio/threads.py:25>`.
"""

import functools

from asyncio import get_running_loop

__all__ = "to_thread",


async def to_thread(func, /, *args, **kwargs):
    # The loop this coroutine runs in; its default executor (made on first use, `asyncio_N`
    # workers) runs the call. The future run_in_executor returns is an asyncio future chained
    # to the pool's concurrent one, resolved through call_soon_threadsafe.
    loop = get_running_loop()
    func_call = functools.partial(func, *args, **kwargs)
    # (the line CPython's await is on)
    return await loop.run_in_executor(None, func_call)
