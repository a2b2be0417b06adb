# graphlib.TopologicalSorter: static_order, batches with get_ready/done driving asyncio
# tasks (a build graph), the CycleError's args, and every ValueError of misuse.
import asyncio
from graphlib import CycleError, TopologicalSorter

deps = {"app": {"lib", "cfg"}, "lib": {"core"}, "cfg": set(), "tests": ["app", "lib"]}
print(list(TopologicalSorter(deps).static_order()))

ts = TopologicalSorter()
ts.add("d", "b", "c")
ts.add("b", "a")
ts.add("c", "a")
ts.add("b")
print(list(ts.static_order()))

cyclic = TopologicalSorter({1: [2], 2: [3], 3: [1], 0: [1]})
try:
    cyclic.prepare()
except CycleError as exc:
    print(type(exc).__mro__[1].__name__, exc.args)
print(cyclic.get_ready(), cyclic.is_active())

sorter = TopologicalSorter({"x": ["y"]})
for call in (sorter.get_ready, sorter.is_active, lambda: sorter.done("y"), lambda: bool(sorter)):
    try:
        call()
    except ValueError as exc:
        print("ValueError:", exc)
sorter.prepare()
for call in (sorter.prepare, lambda: sorter.add("z")):
    try:
        call()
    except ValueError as exc:
        print("ValueError:", exc)
print(sorter.get_ready())
for node in ("x", "nope", "y", "y"):
    try:
        sorter.done(node)
        print("done", node)
    except ValueError as exc:
        print("ValueError:", exc)
print(sorter.get_ready(), bool(sorter))
sorter.done("x")
print(bool(sorter), sorter.get_ready())
print(TopologicalSorter[str])


async def build(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    graph = TopologicalSorter({"link": ["a.o", "b.o"], "a.o": ["gen"], "b.o": ["gen"], "gen": []})
    graph.prepare()
    cost = {"gen": 0.1, "a.o": 0.3, "b.o": 0.2, "link": 0.1}
    running = {}
    while graph.is_active():
        for node in graph.get_ready():
            running[node] = asyncio.create_task(build(node, cost[node]), name=node)
            print("start", node)
        finished, _ = await asyncio.wait(running.values(), return_when=asyncio.FIRST_COMPLETED)
        for task in finished:
            del running[task.get_name()]
            graph.done(task.result())
            print("done", task.result())


asyncio.run(main())
