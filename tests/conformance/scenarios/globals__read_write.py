# globals() is the module's namespace as a dict, from any frame of the module: a coroutine,
# a function, a class body. Storing or deleting an item through it defines or removes a
# global; the same dict comes back while the program holds it.
# Notice a self-containing globals dict still compares equal to itself.
import asyncio

counter = 1


def register(name, value):
    table = globals()
    table[name] = value
    return table["__name__"], "register" in table


async def main():
    await asyncio.sleep(1)
    print(register("made_here", 42), made_here)  # noqa: F821
    g = globals()
    g["counter"] += 1
    print(counter, g["counter"], type(g).__name__, sorted(k for k in g if not k.startswith("__")))


class Config:
    level = 3
    print("in a class body:", globals()["counter"], "level" in globals())


asyncio.run(main())
g = globals()
print(g is globals(), g == globals(), g["__builtins__"].__name__, g["__spec__"])
del g["made_here"]
try:
    print(made_here)  # noqa: F821
except NameError as e:
    print("NameError:", e)
try:
    globals(1)
except TypeError as e:
    print("TypeError:", e)
