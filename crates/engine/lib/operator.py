# The operator module: every operator as a function, and the itemgetter, attrgetter and
# methodcaller callables.

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

# The operators are the native _operator's built-in functions, as CPython's are its C
# accelerator's (their repr, no binding as a method on a class, Argument Clinic's messages).
from _operator import (_iterator_length_hint, abs, add, and_, contains, delitem, eq, floordiv,
                       ge, getitem, gt, iadd, iand, ifloordiv, ilshift, imatmul, imod, imul,
                       index, inv, invert, ior, ipow, irshift, is_, is_not, isub, itruediv, ixor,
                       le, lshift, lt, matmul, mod, mul, ne, neg, not_, or_, pos, pow, rshift,
                       setitem, sub, truediv, truth, xor)


def _is_sequence(a):
    return isinstance(a, (list, tuple, str, bytes, bytearray)) or hasattr(a, '__getitem__')


def concat(a, b):
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def _iterate(a):
    # The sequence functions' own message for something not iterable.
    try:
        return iter(a)
    except TypeError:
        pass
    raise TypeError("argument of type '%s' is not iterable" % type(a).__name__)


def countOf(a, b):
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def indexOf(a, b):
    for i, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    left = _iterator_length_hint(obj)
    if left is not None:
        return left
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


def call(*args, **kwargs):
    if not args:
        raise TypeError('call expected at least 1 argument, got 0')
    obj, *args = args
    return obj(*args, **kwargs)


def _dotted(obj, names):
    for name in names:
        obj = getattr(obj, name)
    return obj


class attrgetter:
    __slots__ = ('_attrs', '_paths')

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple(tuple(a.split('.')) for a in attrs)

    def __call__(self, obj):
        if len(self._paths) == 1:
            return _dotted(obj, self._paths[0])
        return tuple(_dotted(obj, p) for p in self._paths)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    __slots__ = ('_items',)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name, args = args[0], args[1:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)


def iconcat(a, b):
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
