# What a teacher builds to show how `await` works inside: a future-like class of the program's
# (a Task duck-types futures by `_asyncio_future_blocking`), `__await__` returning any
# iterator, `yield from` delegating send/throw/close to an object with those methods, and
# throw()'s arguments as CPython checks them.
import asyncio
import itertools


class MiniFuture:
    """Just enough of a future for a Task: blocking flag, loop, callbacks, result."""
    _asyncio_future_blocking = False

    def __init__(self, loop):
        self._loop = loop
        self._callbacks = []
        self._result = None
        self._exception = None
        self._done = False

    def get_loop(self):
        return self._loop

    def add_done_callback(self, callback, *, context=None):
        print("  add_done_callback", type(callback).__name__, type(context).__name__)
        self._callbacks.append(callback)

    def result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def _finish(self, result=None, exception=None):
        self._result, self._exception, self._done = result, exception, True
        for callback in self._callbacks:
            self._loop.call_soon(callback, self)

    def cancel(self, msg=None):
        return False

    def __await__(self):
        if not self._done:
            self._asyncio_future_blocking = True
            yield self
        return self.result()


class Countdown:
    """An iterator whose StopIteration carries the value `await` returns."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("lift-off")
        self.n -= 1
        return None


class Launch:
    def __await__(self):
        return Countdown(3)


class Islice:
    def __await__(self):
        return itertools.islice(iter([None, None]), 2)


class Echo:
    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def send(self, value):
        print("  Echo.send", value)
        return f"echo {value}"

    def throw(self, typ, *rest):
        print("  Echo.throw", typ.__name__)
        raise StopIteration("thrown back")

    def close(self):
        print("  Echo.close")


def relay():
    got = yield from Echo()
    print("  relay got", got)
    yield "relay done"


def listing():
    yield from [1, 2, 3]


def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)


async def main():
    loop = asyncio.get_running_loop()
    fut = MiniFuture(loop)
    loop.call_later(0.5, fut._finish, 42)
    print("awaited", await fut, loop.time())
    failing = MiniFuture(loop)
    loop.call_later(0.25, failing._finish, None, KeyError("gone"))
    try:
        await failing
    except KeyError as e:
        print("awaited error", repr(e), loop.time())
    print("custom iterator:", await Launch(), "islice:", await Islice())

    r = relay()
    print(next(r), r.send("hi"))
    print(r.throw(KeyError))
    r2 = relay()
    next(r2)
    r2.close()

    lst = listing()
    next(lst)
    try:
        lst.send(5)
    except AttributeError as e:
        print("AttributeError:", e)

    c = catcher()
    next(c)
    c.throw(ValueError, ("a", "b"))
    c.throw(OSError, (2, "missing"))
    c.throw(ValueError, ValueError("kept"))
    c.throw(KeyError)
    for args in ((ValueError("a"), "b"), (42,), (KeyError, None, "not a traceback")):
        try:
            c.throw(*args)
        except TypeError as e:
            print("TypeError:", e)
    print(next(c))


asyncio.run(main())


# A coroutine (or generator) that awaits (or delegates to) itself finds itself running.
async def ouroboros():
    await snake


snake = ouroboros()
try:
    snake.send(None)
except ValueError as e:
    print("ValueError:", e)
