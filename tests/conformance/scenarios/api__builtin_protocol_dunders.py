# The protocol dunders of built-in values a program calls by name or probes with hasattr
# (range's, the dict views', None's __bool__), next to the operations they stand for.
import asyncio

window = range(2, 10, 3)
scores = {"ann": 3, "bob": 5}

print([(name, hasattr(window, name)) for name in ("__len__", "__iter__", "__contains__", "__getitem__", "__reversed__", "__bool__", "__setitem__")])
print(window.__len__(), window.__contains__(5), window.__contains__(6), window.__getitem__(-1))
print(list(window.__iter__()), list(window.__reversed__()), window.__bool__(), range(0).__bool__())
print(window.__eq__(range(2, 11, 3)), window.__ne__(window), window.__hash__() == hash(window))
try:
    window.__getitem__(10)
except IndexError as e:
    print("IndexError:", e)

for view in (scores.keys(), scores.values(), scores.items()):
    print(type(view).__name__, [(name, hasattr(view, name)) for name in ("__len__", "__iter__", "__contains__", "__reversed__")])
    print("  len", view.__len__(), "items", list(view.__iter__()), "reversed", list(view.__reversed__()))
print(scores.keys().__contains__("ann"), scores.items().__contains__(("bob", 5)), "ann" in scores.values() or 3 in scores.values())
print(None.__bool__(), hasattr(None, "__bool__"), hasattr(None, "__len__"))


async def main():
    pending = {asyncio.create_task(asyncio.sleep(0.1 * n, n)) for n in range(3)}
    done, _ = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(done).__bool__(), done.__len__())


asyncio.run(main())
