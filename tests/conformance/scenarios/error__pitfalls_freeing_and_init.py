# Pitfalls with their exact messages: a coroutine tested by `if` (never awaited, warned at
# that line), objects freed as a for loop ends, `async def __init__`, one coroutine awaited by
# two tasks at once.
class O:
    def __del__(self): print("del")
if O():
    print("x")
while not O():
    pass
print("end")
async def f(): pass
if f():
    print("y")
while not f(): pass
print("z")
class P:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def main():
    for c in [P(1), P(2)]:
        print("iter", c.n)
    print("after loop")
    c = None
    print("end")
main()
class A:
    async def __init__(self): pass
try:
    A()
except TypeError as e:
    print(e)
class B:
    def __init__(self):
        yield 1
try:
    B()
except TypeError as e:
    print(e)
class C:
    async def __init__(self):
        yield 1
try:
    C()
except TypeError as e:
    print(e)
print("end")
import asyncio
async def main():
    w = asyncio.sleep(0.1)
    async def use():
        return await w
    print(await asyncio.gather(use(), use(), return_exceptions=True))
    z = asyncio.sleep(0)
    print(await asyncio.gather(use2(z), use2(z), return_exceptions=True))
    async def inner():
        await asyncio.sleep(0.1)
        return "inner"
    c = inner()
    async def use3():
        return await c
    print(await asyncio.gather(use3(), use3(), return_exceptions=True))
    try:
        await c
    except RuntimeError as e:
        print(e)
    w2 = asyncio.wait_for(asyncio.sleep(0.1, "wf"), 1)
    print(await asyncio.gather(use2(w2), use2(w2), return_exceptions=True))
async def use2(x):
    return await x
asyncio.run(main())
