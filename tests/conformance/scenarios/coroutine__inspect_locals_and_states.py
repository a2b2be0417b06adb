# inspect's view of generators and coroutines, as tutorials print it: their states and their
# locals at each point (getgeneratorlocals, getcoroutinelocals: a frame's f_locals, {} once
# finished), and the predicates and ABCs that recognise them.
# Notice getgeneratorlocals refuses a coroutine, while getcoroutinelocals takes anything.
import inspect, asyncio, types

def gen():
    a = 1
    yield a
    b = a + 1
    yield b

g = gen()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))

async def co(x):
    y = x * 2
    await asyncio.sleep(0)
    return y

c = co(3)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
c.send(None)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
c.close()
print(inspect.isgenerator(g), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isawaitable(c))
print(inspect.isasyncgenfunction(co), inspect.isfunction(co), inspect.ismethod(co), inspect.isclass(co))
print(isinstance(c, types.CoroutineType), isinstance(g, types.GeneratorType))
import collections.abc as cabc
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(g, cabc.Iterator), isinstance(g, cabc.Generator))
try:
    inspect.getgeneratorlocals(c)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getcoroutinelocals(42), inspect.getcoroutinelocals(c))
def agen_user():
    yield from gen()
d = agen_user()
next(d)
print(inspect.getgeneratorlocals(d), inspect.getgeneratorlocals(d.gi_yieldfrom))
