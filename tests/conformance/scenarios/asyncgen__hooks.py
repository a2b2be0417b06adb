# sys.set_asyncgen_hooks(firstiter, finalizer): firstiter runs when an async generator is
# first iterated, and the finalizer gets one that dies unfinished. asyncio.run installs the
# loop's own hooks while the loop runs and puts the previous ones back afterwards. Notice
# the finalizer runs as soon as the last reference goes.
import asyncio
import sys


def firstiter(agen):
    print("  firstiter:", agen.__qualname__)


def finalizer(agen):
    print("  finalizer:", agen.__qualname__, "ag_running =", agen.ag_running)


async def letters():
    try:
        for c in "abc":
            yield c
    finally:
        print("  letters: finally")


async def main():
    hooks = sys.get_asyncgen_hooks()
    print("inside the loop:", hooks.firstiter is not None)
    print("finalizer:", hooks.finalizer)
    gen = letters()
    print(await gen.__anext__())
    del gen
    await asyncio.sleep(0)
    print("the loop closed it with aclose() in a task")


print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
asyncio.run(main())
print("restored:", sys.get_asyncgen_hooks().firstiter is firstiter)
gen = letters()
step = gen.asend(None)
try:
    step.send(None)
except StopIteration as e:
    print("first item:", e.value)
del step
del gen
print("after the finalizer")
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
