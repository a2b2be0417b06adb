# An exception's __traceback__ is a traceback object: one per frame it passed through,
# outermost first, each with tb_lineno and tb_next (the next frame inward, None at the raise).
# Notice the same object on every read, None before the raise and after with_traceback(None),
# and __aexit__ receiving the traceback object as its third argument.
import asyncio


def inner():
    raise ValueError("deep")


def outer():
    inner()


class Guard:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("aexit got", type(tb).__name__, tb is exc.__traceback__, tb.tb_lineno)
        await asyncio.sleep(0.1)
        return True


async def main():
    e = ValueError("fresh")
    print("before raise:", e.__traceback__)
    try:
        outer()
    except ValueError as exc:
        e = exc
    tb = e.__traceback__
    print(repr(tb).split(" at ")[0] + ">", tb is e.__traceback__)
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("lines", lines)
    try:
        raise e
    except ValueError:
        pass
    print("reraised adds a frame:", e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
    print("cleared:", e.with_traceback(None).__traceback__)
    async with Guard():
        raise KeyError("suppressed")
    print("done")


asyncio.run(main())
