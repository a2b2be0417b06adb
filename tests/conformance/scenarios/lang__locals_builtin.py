# locals() and vars(): the bound variables of the calling scope, in CPython's order
# (parameters, locals in order of first assignment, then cells and free variables). Inside a
# coroutine it shows the state a suspended frame keeps between awaits.
import asyncio

LIMIT = 3


def plain(a, b=2, *rest, key=None, **extra):
    total = a + b
    print(locals())
    unused_yet = 1
    print(sorted(vars()))
    return total


plain(1, 5, 6, 7, key="k", flag=True)


def outer(x):
    y = x * 2
    z = "later"

    def inner(w):
        print("inner", locals())
        return w + y

    print("outer", sorted(locals()))
    return inner(1)


print(outer(10))


class Config:
    name = "svc"
    port = 8080
    print(sorted(k for k in locals() if not k.startswith("__")))


def unbound():
    first = 1
    print(locals())
    second = 2
    del first
    print(locals())


unbound()
print(sorted(k for k in locals() if not k.startswith("__"))[:4])
print(locals() is globals())


async def fetch(i):
    started = asyncio.get_running_loop().time()
    print("before", i, locals()["i"], "started" in locals())
    await asyncio.sleep(0.1 * i)
    elapsed = round(asyncio.get_running_loop().time() - started, 3)
    print("after", locals())
    return elapsed


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(1, LIMIT)))
    print("main", sorted(locals()), results)


asyncio.run(main())
print([locals().get("n") for n in range(2)])
try:
    locals(1)
except TypeError as e:
    print("TypeError:", e)
