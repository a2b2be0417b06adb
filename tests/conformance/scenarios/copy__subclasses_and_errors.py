# Subclasses of list, dict, tuple and exceptions keep their class and instance attributes
# in copies. Objects that cannot be pickled cannot be copied either: a generator raises
# TypeError, a class's __reduce__ can refuse. The deepcopy of a coroutine is uncaught.
import copy


class Tagged(list):
    pass


class Registry(dict):
    pass


class Row(tuple):
    pass


class AppError(Exception):
    pass


t = Tagged([1, [2]])
t.label = 'x'
t2 = copy.deepcopy(t)
print(t2, type(t2).__name__, t2.label, t2[1] is t[1], copy.copy(t)[1] is t[1])
r = Registry(a=[1])
r.owner = 'me'
r2 = copy.copy(r)
print(r2, type(r2).__name__, r2.owner, r2['a'] is r['a'])
row = Row((1, 2))
print(copy.copy(row), type(copy.deepcopy(row)).__name__, copy.copy(row) is row)
err = AppError('disk full', 3)
err.path = '/tmp'
e2 = copy.copy(err)
print(repr(e2), e2.args, e2.path, e2 is err, repr(copy.deepcopy(ValueError('v'))))


class Handle:
    def __reduce__(self):
        raise TypeError('handles cannot be copied')


for thing in ((x for x in []), Handle()):
    try:
        copy.copy(thing)
    except TypeError as e:
        print('TypeError', e)


async def work():
    pass


coro = work()
try:
    copy.deepcopy([coro])
finally:
    coro.close()
