# An exception raised inside a generator keeps the context it got there when it comes out
# of throw()/send()/next() into a frame that is handling another exception (the caller's
# handled exception is not chained again); futures and awaits for comparison.
def h():
    try:
        yield
    except Exception as e:
        print("caught", repr(e))
        raise TypeError("from h")
x = h(); next(x)
try:
    x.throw(ValueError("v"))
except TypeError as t:
    print("ctx1", repr(t.__context__))
x = h(); next(x)
try:
    raise IndexError("ctx")
except IndexError:
    try:
        x.throw(ValueError("v"))
    except TypeError as t:
        print("ctx2", repr(t.__context__), repr(t.__context__.__context__))
def k():
    try:
        yield
    except Exception:
        pass
    raise KeyError("k")
y = k(); next(y)
try:
    raise IndexError("outer")
except IndexError:
    try:
        y.throw(ValueError("v"))
    except KeyError as t:
        print("ctx3", repr(t.__context__))
def g():
    try:
        raise ValueError("inner")
        yield
    except ValueError:
        raise TypeError("t")
try:
    raise IndexError("outer")
except IndexError:
    try:
        next(g())
    except TypeError as t:
        print("ctx4", repr(t.__context__), repr(t.__context__.__context__))
def plain():
    raise KeyError("plain")
    yield
try:
    raise IndexError("outer2")
except IndexError:
    try:
        for _ in plain():
            pass
    except KeyError as t:
        print("ctx5", repr(t.__context__))
    try:
        plain().send(None)
    except KeyError as t:
        print("ctx6", repr(t.__context__))
import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(ValueError("stored"))
    try:
        raise IndexError("handling")
    except IndexError:
        try:
            fut.result()
        except ValueError as v:
            print("ctx7", repr(v.__context__))
    async def boom():
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    try:
        raise IndexError("h2")
    except IndexError:
        try:
            await boom()
        except ValueError as v:
            print("ctx8", repr(v.__context__))
        t = asyncio.create_task(boom())
        try:
            await t
        except ValueError as v:
            print("ctx9", repr(v.__context__))
asyncio.run(main())
