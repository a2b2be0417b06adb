# sys._getframe() and inspect.currentframe(), as logging helpers and "who called me" code
# use them: f_code.co_name, f_lineno (live: where the frame is now), f_back, f_locals,
# f_globals, a depth past the stack's end, a generator's frame once suspended, and coroutines
# reading their own frame across an await.
import asyncio
import inspect
import sys


def whoami():
    return sys._getframe(1).f_code.co_name


def log(msg):
    caller = sys._getframe(1)
    print(f"[{caller.f_code.co_name}:{caller.f_lineno}] {msg}")


def outer():
    x = 10
    inner()
    return x


def inner():
    f = inspect.currentframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sorted(f.f_back.f_locals.items()))
    print(f.f_back.f_back.f_code.co_name)
    print(f.f_globals is globals(), f.f_back.f_globals["__name__"])
    log("from inner")
    print("whoami:", whoami())
    print(type(f).__name__, repr(f).split(",")[1:])


outer()
top = sys._getframe()
print(top.f_code.co_name, top.f_lineno)
print(sys._getframe(0).f_lineno)
try:
    sys._getframe(100_000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)


def gen():
    f = sys._getframe()
    yield f
    yield f.f_lineno


g = gen()
fr = next(g)
print(fr.f_lineno, fr.f_code.co_name, fr.f_back)
print(next(g))


async def job(n):
    log(f"job {n} starts")
    await asyncio.sleep(0.1)
    me = sys._getframe()
    print("job frame:", me.f_code.co_name, me.f_lineno, sorted(me.f_locals))
    log(f"job {n} ends")


async def main():
    log("main")
    await asyncio.gather(job(1), job(2))
    print("main done at line", sys._getframe().f_lineno)


asyncio.run(main())


class Tracer:
    def method(self):
        return sys._getframe().f_code.co_qualname


print(Tracer().method())
print(sorted(k for k in sys._getframe().f_locals if not k.startswith("__"))[:5])
