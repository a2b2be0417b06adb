# functools: partial, reduce, wraps/update_wrapper, lru_cache/cache, cached_property,
# total_ordering, cmp_to_key, singledispatch. CPython writes partial, reduce and the
# lru_cache wrapper in C (_functools); these classes give the same results, reprs and
# messages.

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from collections import namedtuple
from types import GenericAlias as _GenericAlias, MethodType as _MethodType


def _recursive_repr(method):
    # Py_ReprEnter: a partial met again inside its own repr shows as '...'.
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return method(self)
        finally:
            running.discard(key)
    __repr__.__qualname__ = method.__qualname__
    return __repr__

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        value = getattr(wrapped, name, _missing)
        if value is not _missing:
            setattr(wrapper, name, value)
    for name in updated:
        # The wrapper's dict itself is updated (no setattr per key): a class's `__dict__`
        # holds `__dict__` and `__weakref__`, which setattr would refuse.
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last: a __wrapped__ copied from wrapped's __dict__ must not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(*args, **kwargs):
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, sequence = args[0], args[1]
    initial = args[2:]
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial:
        value = initial[0]
    else:
        value = next(it, _missing)
        if value is _missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


class _ReadOnlyField:
    # A field of a C object (`partial.func`): readable, never assigned nor deleted, as its
    # member descriptor is. The fields live together in one slot, `_state`.
    def __init__(self, index):
        self._index = index

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._state[self._index]

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


class partial:
    # The fields live in one slot, `_state` = (func, args, keywords), behind read-only
    # descriptors, so `__dict__` holds only what the program sets, as on CPython's C
    # partial. One slot: a partial is made per socket operation in asyncio, and each slot
    # store costs a descriptor call.
    __slots__ = ('_state', '__dict__', '__weakref__')
    func = _ReadOnlyField(0)
    args = _ReadOnlyField(1)
    keywords = _ReadOnlyField(2)

    def __new__(cls, /, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A partial (of any subclass that calls as one) with no attributes of its own folds
        # into the new one, as CPython's does.
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super(partial, cls).__new__(cls)
        self._state = (func, args, keywords)
        return self

    def __call__(self, /, *args, **keywords):
        func, own_args, own_keywords = self._state
        return func(*own_args, *args, **{**own_keywords, **keywords})

    @_recursive_repr
    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        # The C type's name: a subclass's own name, without its enclosing classes.
        name = type(self).__name__
        if type(self) is partial:
            name = 'functools.partial'
        return '%s(%s)' % (name, ', '.join(parts))

    __class_getitem__ = classmethod(_GenericAlias)

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError('invalid partial state')
        self._state = (func, tuple(args), {} if keywords is None else dict(keywords))
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        # A descriptor that makes something new when bound (a function through an instance,
        # a classmethod) is bound first; otherwise the method is a plain function.
        getter = getattr(self.func, '__get__', None)
        if getter is not None:
            bound = getter(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            merged = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __repr__(self):
        # 3.11's three fields always, so empty ones leave their commas (`f, , )`).
        args = ', '.join(map(repr, self.args))
        keywords = ', '.join('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s.%s(%s, %s, %s)' % (type(self).__module__, type(self).__qualname__,
                                      self.func, args, keywords)

    __class_getitem__ = classmethod(_GenericAlias)


CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _Kwmark:
    pass


_KWMARK = (_Kwmark,)


class _HashedKey(tuple):
    # A cache key that hashes its items once, as the C wrapper hashes a key once per call
    # and then uses the known hash: an argument's __hash__ runs once a call, not once per
    # dict operation.

    def __new__(cls, items):
        key = tuple.__new__(cls, items)
        key._hash = hash(items)
        return key

    def __hash__(self):
        return self._hash


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _KWMARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1:
        kind = type(key[0])
        # One int or str argument is its own key (`is`, not `in`: no comparison runs).
        if kind is int or kind is str:
            return key[0]
    return _HashedKey(key)


# A link of the bounded cache's recency list: [previous, next, key, result].
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


class _lru_cache_wrapper:
    # The C wrapper's algorithm: an unbounded cache is a dict; a bounded one maps keys to
    # links of a circular list ordered oldest first, so a hit moves its link without
    # touching the dict. `__call__` compares nothing before it calls the function, as the
    # C code does not, so a deep recursion stops where CPython's does.
    def __init__(self, user_function, maxsize, typed):
        if not callable(user_function):
            raise TypeError('the first argument must be callable')
        if maxsize is not None:
            # Kept as a C Py_ssize_t: an IntEnum member or True is its plain int.
            maxsize = max(int(maxsize), 0)
        self._func = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._uncached = maxsize == 0
        self._bounded = maxsize is not None
        self._cache = {}
        self._root = root = []
        root[:] = [root, root, None, None]
        self._hits = 0
        self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, /, *args, **kwds):
        if self._uncached:
            self._misses += 1
            return self._func(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        if self._bounded:
            return self._call_bounded(key, args, kwds)
        cache = self._cache
        result = cache.get(key, _missing)
        if result is not _missing:
            self._hits += 1
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        cache[key] = result
        return result

    def _call_bounded(self, key, args, kwds):
        cache = self._cache
        root = self._root
        link = cache.get(key)
        if link is not None:
            previous, following, _, result = link
            previous[_NEXT] = following
            following[_PREV] = previous
            last = root[_PREV]
            last[_NEXT] = root[_PREV] = link
            link[_PREV] = last
            link[_NEXT] = root
            self._hits += 1
            return result
        self._misses += 1
        result = self._func(*args, **kwds)
        if key in cache:
            # The call itself cached this key (a recursion): keep that entry.
            return result
        if len(cache) >= self._maxsize:
            oldest = root[_NEXT]
            root[_NEXT] = oldest[_NEXT]
            oldest[_NEXT][_PREV] = root
            del cache[oldest[_KEY]]
        last = root[_PREV]
        link = [last, root, key, result]
        last[_NEXT] = root[_PREV] = link
        cache[key] = link
        return result

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _MethodType(self, instance)

    def cache_info(self):
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        root = self._root
        root[:] = [root, root, None, None]
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property.") from None
        if self.attrname in cache:
            return cache[self.attrname]
        value = self.func(instance)
        cache[self.attrname] = value
        return value

    __class_getitem__ = classmethod(_GenericAlias)


def _defines(cls, name):
    # CPython's test: what the class finds is not object's own comparison (an entry set to
    # None counts as defined).
    for klass in cls.__mro__[:-1]:
        if name in klass.__dict__:
            return True
    return False


def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_CONVERT = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # CPython picks the greatest name among the defined roots: __lt__ over __le__ over
    # __gt__ over __ge__.
    root = max(roots)
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            # CPython renames the shared helper itself (its qualname stays the helper's).
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


class KeyWrapper:
    # CPython's cmp_to_key is C: it returns a `functools.KeyWrapper`, and calling that wraps
    # an object in another one, which compares by the function.
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return _KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


# The C type's name is dotted, and messages about its instances ("unhashable type",
# "object has no attribute") say 'functools.KeyWrapper': the class is made under that
# name, then named KeyWrapper as the C type's __name__ is.
_KeyWrapper = type('functools.KeyWrapper', (), {
    name: value for name, value in KeyWrapper.__dict__.items()
    if name not in ('cmp', 'obj', '__dict__', '__weakref__')})
_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'
_KeyWrapper.__module__ = 'functools'
del KeyWrapper  # not a name of CPython's functools


def cmp_to_key(*args, **kwargs):
    # Argument Clinic's parsing of the one parameter `mycmp`.
    given = len(args) + len(kwargs)
    if given > 1:
        raise TypeError('cmp_to_key() takes at most 1 %sargument (%d given)'
                        % ('' if args else 'keyword ', given))
    if args:
        return _KeyWrapper(args[0])
    if 'mycmp' in kwargs:
        return _KeyWrapper(kwargs['mycmp'])
    raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")


def _is_union_type(cls):
    return type(cls).__name__ == 'UnionType' or (
        getattr(cls, '__origin__', None) is not None
        and repr(cls.__origin__) == 'typing.Union')


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in cls.__args__)


def _merge_linearizations(sequences):
    # C3 merge: repeatedly take the first head that is in no other list's tail.
    merged = []
    sequences = [list(s) for s in sequences]
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return merged
        chosen = None
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                chosen = head
                break
        if chosen is None:
            raise RuntimeError('Inconsistent hierarchy')
        merged.append(chosen)
        for seq in sequences:
            if seq[0] == chosen:
                del seq[0]


def _linearize_with_abcs(cls, abcs):
    # The class's C3 linearization with the ABCs of `abcs` it implements inserted where
    # they are introduced: right after the last base that is explicitly an ABC, ahead of
    # the other bases (CPython's extended C3 for singledispatch).
    bases = cls.__bases__
    boundary = 0
    for index in range(len(bases) - 1, -1, -1):
        if hasattr(bases[index], '__abstractmethods__'):
            boundary = index + 1
            break
    explicit = list(bases[:boundary])
    others = list(bases[boundary:])
    introduced = [abc for abc in abcs
                  if issubclass(cls, abc) and not any(issubclass(b, abc) for b in bases)]
    rest = [abc for abc in abcs if abc not in introduced]
    return _merge_linearizations(
        [[cls]]
        + [_linearize_with_abcs(b, rest) for b in explicit]
        + [_linearize_with_abcs(b, rest) for b in introduced]
        + [_linearize_with_abcs(b, rest) for b in others]
        + [explicit, introduced, others])


def _compose_mro(cls, types):
    own = set(cls.__mro__)
    related = [t for t in types
               if t not in own and hasattr(t, '__mro__')
               and not isinstance(t, _GenericAlias) and issubclass(cls, t)]
    # Drop those that are bases of another candidate: they come in with it.
    related = [t for t in related
               if not any(t != other and t in other.__mro__ for other in related)]
    related_set = set(related)
    abcs = []
    for typ in related:
        # Subclasses of the ABC that cls also implements fix the order of the ABCs.
        chains = [[s for s in sub.__mro__ if s in related_set]
                  for sub in typ.__subclasses__()
                  if sub not in own and issubclass(cls, sub)]
        if not chains:
            abcs.append(typ)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for klass in chain:
                if klass not in abcs:
                    abcs.append(klass)
    return _linearize_with_abcs(cls, abcs)


def _find_impl(cls, registry):
    mro = _compose_mro(cls, registry.keys())
    match = None
    for klass in mro:
        if match is not None:
            # Two implicit ABCs, neither more specific than the other: refuse to guess.
            if (klass in registry and klass not in cls.__mro__
                    and match not in cls.__mro__ and not issubclass(match, klass)):
                raise RuntimeError('Ambiguous dispatch: {} or {}'.format(match, klass))
            break
        if klass in registry:
            match = klass
    return registry.get(match)


def _abc_bookkeeping(classes):
    # The `_abc_impl` records of the ABCs among `classes`, their ABC subclasses and the ABCs
    # registered with them: every registry an issubclass() against them can read.
    found = []
    seen = set()
    stack = list(classes)
    while stack:
        klass = stack.pop()
        if klass in seen:
            continue
        seen.add(klass)
        impl = getattr(klass, '__dict__', {}).get('_abc_impl')
        registry = getattr(impl, 'registry', None)
        if registry is None:
            continue
        found.append(registry)
        stack.extend(registry)
        stack.extend(getattr(impl, 'subclasses', ()))
    return found


def _registrations(watched):
    # ABC registries only grow, so the total count changes on every registration.
    total = 0
    for registry in watched:
        total += len(registry)
    return total


def singledispatch(func):
    from abc import get_cache_token
    from types import MappingProxyType
    from weakref import WeakKeyDictionary

    registry = {}
    dispatch_cache = WeakKeyDictionary()
    # Set once an ABC is registered: then an answer changes when a class is registered
    # with some ABC. CPython's abc counts registrations in its cache token; this one keeps
    # none, so the registries the answers read are watched for growth as well.
    cache_token = None
    watched = ()

    def dispatch(cls):
        nonlocal cache_token, watched
        if cache_token is not None:
            current = (get_cache_token(), _registrations(watched))
            if current != cache_token:
                dispatch_cache.clear()
                cache_token = current
        # Nested handlers as CPython's: an ambiguity error carries both KeyErrors as context.
        try:
            return dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                if cache_token is not None:
                    # ABCs made since the last look may read registries of their own.
                    watched = _abc_bookkeeping(registry)
                    cache_token = (get_cache_token(), _registrations(watched))
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
            return impl

    def register(cls, method=None):
        nonlocal cache_token, watched
        if _is_valid_dispatch_type(cls):
            if method is None:
                return lambda f: register(cls, f)
        else:
            if method is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            method = cls
            annotations = getattr(method, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an annotated '
                    'function.' % (method,))
            # String annotations (`from __future__ import annotations`) are resolved, as
            # CPython's register does, through typing.
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(method).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union_type(cls):
            for arg in cls.__args__:
                registry[arg] = method
        else:
            registry[cls] = method
        if hasattr(cls, '__abstractmethods__'):
            watched = _abc_bookkeeping(registry)
            cache_token = (get_cache_token(), _registrations(watched))
        dispatch_cache.clear()
        return method

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            if isinstance(method, staticmethod) or obj is None and not isinstance(
                    method, classmethod):
                return getattr(method, '__func__', method)(*args, **kwargs)
            if isinstance(method, classmethod):
                return method.__func__(cls, *args, **kwargs)
            return method(obj, *args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
