# dir(asyncio) lists the package's names, also those of its submodules that load only when
# first used (Lock, Queue, TaskGroup, timeout, ...), sorted. Programs check for a name
# before using it.
# Notice the lazily loaded names are there before anything imported them.
import asyncio

names = dir(asyncio)
print(names == sorted(names))
for name in ("run", "sleep", "gather", "Lock", "Queue", "TaskGroup", "timeout", "Runner",
             "AbstractEventLoop", "get_event_loop_policy", "CancelledError", "locks", "tasks"):
    print(name, name in names)
print("get_running_loop" in dir(asyncio), [n for n in dir(asyncio) if n.startswith("as_")])
