# types: names for the built-in types (FunctionType, CoroutineType, ...) taken from
# objects of those types, as CPython's types.py does, and SimpleNamespace.

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del sys, _f, _g, _C, _c, _ag


class SimpleNamespace:
    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented



class mappingproxy:
    # A built-in type in CPython: `<class 'mappingproxy'>`.
    __module__ = 'builtins'

    def __init__(self, mapping):
        if not isinstance(mapping, dict) and not hasattr(mapping, 'keys'):
            raise TypeError('mappingproxy() argument must be a mapping, not %s'
                            % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        return self._mapping | other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    @classmethod
    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


MappingProxyType = mappingproxy
del mappingproxy


def _register_mapping():
    # A Mapping, as CPython's _collections_abc registers it; when collections.abc comes
    # second it registers this class itself.
    # (collections.abc, importing this module, is not made yet.)
    import sys
    abc = sys.modules.get('collections.abc')
    mapping = abc.__dict__.get('Mapping') if abc is not None else None
    if mapping is not None:
        mapping.register(MappingProxyType)


_register_mapping()
del _register_mapping


def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    import inspect
    if inspect.iscoroutinefunction(func):
        return func
    if inspect.isgeneratorfunction(func):
        # The function itself becomes an "iterable coroutine" function: its generators can
        # be awaited (CO_ITERABLE_COROUTINE).
        import _loopscope
        _loopscope.mark_iterable_coroutine(func)
        return func

    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            return coro
        if coro.__class__ is GeneratorType:
            if inspect.isawaitable(coro):
                return coro
            return _GeneratorWrapper(coro)
        return coro

    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, name, getattr(func, name))
        except AttributeError:
            pass
    wrapped.__dict__.update(getattr(func, '__dict__', {}))
    wrapped.__wrapped__ = func
    return wrapped


class _GeneratorWrapper:
    # What `types.coroutine` makes of a plain generator a decorated function returned: the
    # generator's protocol, plus `__await__`, which hands out the generator itself.
    def __init__(self, gen):
        self._wrapped_gen = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self._wrapped_gen.send(value)

    def throw(self, typ, *rest):
        return self._wrapped_gen.throw(typ, *rest)

    def close(self):
        return self._wrapped_gen.close()

    @property
    def gi_code(self):
        return self._wrapped_gen.gi_code

    @property
    def gi_frame(self):
        return self._wrapped_gen.gi_frame

    @property
    def gi_running(self):
        return self._wrapped_gen.gi_running

    @property
    def gi_yieldfrom(self):
        return self._wrapped_gen.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self._wrapped_gen)

    def __iter__(self):
        return self._wrapped_gen

    __await__ = __iter__


def new_class(name, bases=(), kwds=None, exec_body=None):
    if kwds:
        raise TypeError('new_class() keyword arguments are not supported')
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)


def _alias_item_repr(item):
    # As CPython's genericaliasobject.c ga_repr_item: nested aliases as themselves, ...,
    # classes by (module.)qualname, anything else by repr.
    if item is ...:
        return '...'
    if hasattr(item, '__origin__') and hasattr(item, '__args__'):
        return repr(item)
    qualname = getattr(item, '__qualname__', None)
    module = getattr(item, '__module__', None)
    if qualname is None or module is None:
        return repr(item)
    if module == 'builtins':
        return qualname
    return '%s.%s' % (module, qualname)


def _alias_parameters(args):
    found = []
    for a in args:
        if type(a).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple'):
            params = (a, )
        elif isinstance(a, GenericAlias):
            params = a.__parameters__
        else:
            params = ()
        for p in params:
            if p not in found:
                found.append(p)
    return tuple(found)


def _alias_substitute(arg, mapping):
    if isinstance(arg, GenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    try:
        return mapping.get(arg, arg)
    except TypeError:
        return arg


class GenericAlias:
    """list[int]: a class subscripted in an annotation. Calling it calls the class; the
    alias only labels. (CPython writes it in C, Objects/genericaliasobject.c.)"""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args, )
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _alias_parameters(args)

    def __repr__(self):
        if not self.__args__:
            inside = '()'
        else:
            inside = ', '.join(_alias_item_repr(a) for a in self.__args__)
        return '%s[%s]' % (_alias_item_repr(self.__origin__), inside)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__, )

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getitem__(self, items):
        # list[T][int]: the alias with its type variables replaced, in order.
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self, ))
        items = items if isinstance(items, tuple) else (items, )
        if len(items) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(items) > len(params) else 'few', self,
                               len(items), len(params)))
        mapping = dict(zip(params, items))
        return GenericAlias(self.__origin__,
                            tuple(_alias_substitute(a, mapping) for a in self.__args__))

    def __getattr__(self, name):
        # The class's own attributes show through (list[int].append), dunders do not.
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __or__(self, other):
        return _union_of(self, other)

    def __ror__(self, other):
        return _union_of(other, self)


def _union_arg_ok(arg):
    return arg is None or isinstance(arg, (type, GenericAlias, UnionType)) or \
        type(arg).__name__ in ('TypeVar', 'ParamSpec')


def _union_of(left, right):
    # int | None, list[int] | str: a UnionType of the flattened, de-duplicated arguments
    # (None stands for NoneType), or NotImplemented for operands that are not types.
    if not (_union_arg_ok(left) and _union_arg_ok(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        for a in side.__args__ if isinstance(side, UnionType) else (side, ):
            a = type(None) if a is None else a
            if a not in args:
                args.append(a)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """int | str: the union the | operator makes of types. (CPython writes it in C,
    Objects/unionobject.c.)"""

    def __init__(self, args, /):
        self.__args__ = args
        self.__parameters__ = _alias_parameters(args)

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _alias_item_repr(a)
                          for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_of(self, other)

    def __ror__(self, other):
        return _union_of(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)
