# Where asyncio's names come from: __module__ of its functions (asyncio.tasks,
# asyncio.runners, asyncio.events, ...) and the event loop's class hierarchy. Programs use
# these in annotations and isinstance checks.
# Notice SelectorEventLoop is _UnixSelectorEventLoop on Linux.
import asyncio

for name in ("run", "sleep", "gather", "wait_for", "create_task", "ensure_future",
             "current_task", "all_tasks", "get_running_loop", "get_event_loop",
             "new_event_loop", "set_event_loop", "iscoroutine", "isfuture"):
    print(name, getattr(asyncio, name).__module__)
print([c.__name__ for c in asyncio.SelectorEventLoop.__mro__])
print(asyncio.AbstractEventLoop.__module__, asyncio.BaseEventLoop.__module__)
loop = asyncio.new_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop), type(loop).__module__)
print(issubclass(asyncio.SelectorEventLoop, asyncio.BaseEventLoop))
loop.close()
