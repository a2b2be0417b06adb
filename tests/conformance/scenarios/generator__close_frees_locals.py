# Closing a suspended generator (close(), del, islice letting go) frees its locals as its frame
# ends: a nested generator's finally and a __del__ come right then, not at a later statement.
class D:
    def __del__(self): print("D freed")
def g():
    d = D()
    try:
        yield 1
        yield 2
    finally:
        print("g finally")
it = g()
next(it)
it.close()
print("after close")
def h():
    d = D()
    yield 1
it2 = h(); next(it2)
del it2
print("after del")
def k():
    d = D()
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
it3 = k(); next(it3); it3.close(); print("after close k")
from itertools import islice
def inner():
    try:
        yield from range(100)
    finally:
        print("inner closed")
def outer(src):
    try:
        for n in src:
            yield n
    finally:
        print("outer closed")
print(list(islice(outer(inner()), 2)))
print("end")
