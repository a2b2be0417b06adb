# inspect.getsource/getsourcelines of the program's functions (decorated ones unwrapped,
# methods, lambdas, code objects), inspect's CO_* flags; iter() refusing a coroutine from
# __iter__; a cancelled timer handle's repr in debug mode.
import asyncio
import functools
import inspect


def plain(x):
    # a comment inside
    y = x + 1
    return (y,
            x)


def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco
async def fetch(n):
    """Docstring
with a line at column 0."""
    await asyncio.sleep(n)
    return n

# a comment after the function


class Greeter:
    def hello(self, who):
        return f"hello {who}"

    async def later(self):
        def inner():
            return 1
        return inner()


square = lambda v: v * v
print(inspect.getsource(plain), end="")
print(inspect.getsourcelines(plain)[1], len(inspect.getsourcelines(plain)[0]))
print(inspect.getsource(fetch), end="")
print(inspect.getsource(fetch.__wrapped__), end="")
print(inspect.getsource(Greeter().hello), end="")
print(inspect.getsource(Greeter.later), end="")
print(inspect.getsource(square), end="")
gen = (i for i in range(3))
print(inspect.getsource(plain.__code__), end="")
print(inspect.CO_COROUTINE, inspect.CO_GENERATOR, inspect.CO_ASYNC_GENERATOR, inspect.CO_ITERABLE_COROUTINE)
print(bool(fetch.__wrapped__.__code__.co_flags & inspect.CO_COROUTINE), bool(plain.__code__.co_flags & inspect.CO_GENERATOR))
try:
    inspect.getsource(5)
except TypeError as e:
    print(e)
c = fetch.__wrapped__(0)
try:
    inspect.getsource(c)
except TypeError as e:
    print(e)

c.close()
async def f(): pass
class B:
    def __iter__(self): return f()
try: print(type(iter(B())).__name__)
except TypeError as e: print(e)
try:
    for x in B(): print(x)
except TypeError as e: print(e)
async def main():
    h = asyncio.get_running_loop().call_later(1, print, "later")
    h.cancel()
    print(h)
asyncio.run(main(), debug=True)
