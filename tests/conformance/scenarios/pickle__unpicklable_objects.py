# What cannot cross to another process: locks, generators, coroutines, modules, objects of
# a class defined inside a function. Each fails with CPython's exception and message.
import asyncio
import pickle
import threading


def gen():
    yield 1


async def coro():
    pass


def make_local():
    class Local:
        pass
    return Local()


c = coro()
for obj in [threading.Lock(), threading.RLock(), gen(), (x for x in []), c, pickle,
            make_local(), threading.Event(), threading.Condition()]:
    try:
        pickle.dumps(obj)
        print("pickled", type(obj).__name__)
    except Exception as e:
        print(type(e).__name__, "-", e)
c.close()
