# Programs that teach the loop print its ready queue (`loop._ready`, a deque of handles) and
# its timer heap (`loop._scheduled`, a list in heapq order), with each handle's `_callback`
# and `_args`: a task's step, a task woken by its future, a plain call_soon, sleep's and
# wait_for's timers. Then the loop's other private flags.
# Notice a cancelled timer stays in the heap (and counts) until the loop pops it.
import asyncio
import threading


async def child():
    await asyncio.sleep(0)
    return 1


async def waiter(fut):
    return await fut


def show_ready(loop):
    print("ready:", type(loop._ready).__name__, len(loop._ready))
    for h in loop._ready:
        print("  ", h, "|", h._callback, "|", h._args)


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(child(), name="c")
    fut = loop.create_future()
    w = asyncio.create_task(waiter(fut), name="w")
    await asyncio.sleep(0)
    fut.set_result("ok")
    loop.call_soon(print, "hi")
    asyncio.gather(asyncio.sleep(0.5), return_exceptions=True)
    timed = asyncio.create_task(asyncio.wait_for(asyncio.sleep(3), 1))
    show_ready(loop)
    print("scheduled:", loop._scheduled)
    await asyncio.sleep(0)
    show_ready(loop)
    for th in loop._scheduled:
        print("  ", th.when(), th._callback.__name__, th._args, th._scheduled)
    await asyncio.sleep(2)
    print(loop._scheduled, loop._ready, timed.done(), w.result())
    print(loop._timer_cancelled_count, loop._stopping, loop._closed, loop._debug)
    h = loop.call_later(10, print)
    print(h._scheduled, h._callback, h._args)
    h.cancel()
    print(loop._timer_cancelled_count, loop._scheduled, h._scheduled, h._callback, h._args)
    print(type(loop._thread_id).__name__, loop._thread_id == threading.get_ident())
    print(loop._current_handle, loop._exception_handler, loop._task_factory)
    print(loop._default_executor, loop._asyncgens_shutdown_called, loop._executor_shutdown_called)
    print(loop._clock_resolution, loop._coroutine_origin_tracking_enabled)
    print(loop._coroutine_origin_tracking_saved_depth)
    timed.exception()


loop = asyncio.new_event_loop()
print(loop._thread_id, loop._stopping, len(loop._ready), loop._scheduled)
loop.run_until_complete(main())
print(loop._thread_id, loop._closed)
loop.close()
print(loop._closed)
