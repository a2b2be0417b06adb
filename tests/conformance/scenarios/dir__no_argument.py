# dir() without an argument lists the names bound in the current scope, sorted: a
# function's parameters and locals (including those captured by an inner function and the
# free names it reads), a class body's namespace, the module's globals.
# Notice a local that is not assigned yet is left out.
import asyncio

top = "module"


def outer(a, b=2, *rest, **options):
    captured = 1
    print("outer:", dir())

    def inner():
        seen = captured + a
        print("inner:", dir())
        later = seen
        return later

    inner()
    not_yet = 0
    return not_yet


async def main():
    task = asyncio.current_task()
    await asyncio.sleep(1)
    print("main:", dir(), task.get_name())
    outer(1)


class Shape:
    sides = 4
    print("class body:", dir())

    def area(self):
        return 0


asyncio.run(main())
print("module:", dir())
try:
    dir(1, 2)
except TypeError as e:
    print("TypeError:", e)
