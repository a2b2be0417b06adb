# Instances of your classes are copied without calling __init__: a new object of the same
# class gets the attributes (shared by copy, copied by deepcopy). __getstate__ and
# __setstate__ change what is carried over; __slots__ attributes are copied too.
import copy


class Point:
    def __init__(self, x, y):
        print('init', x, y)
        self.x, self.y = x, y
        self.tags = ['p']

    def __repr__(self):
        return f'Point({self.x}, {self.y}, {self.tags})'


p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append('moved')
print(q, r, q.tags is p.tags, r.tags is p.tags, type(r).__name__)


class Session:
    def __init__(self):
        self.user, self.cache = 'ann', {'big': 1}

    def __getstate__(self):
        print('getstate')
        return {'user': self.user}

    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state, cache={})


s2 = copy.deepcopy(Session())
print(s2.user, s2.cache)


class Slotted:
    __slots__ = ('a', 'b', '__hidden')

    def __init__(self):
        self.a, self.__hidden = [1], 'h'


t = copy.copy(Slotted())
u = copy.deepcopy(Slotted())
print(t.a, u.a, hasattr(t, 'b'), t._Slotted__hidden, u._Slotted__hidden)


class Empty:
    pass


e = copy.copy(Empty())
print(type(e).__name__, vars(e), copy.deepcopy(object()) is not None)
