# typing, written for Loopscope from CPython 3.11's behaviour: enough to import, annotate
# and print annotations as CPython does (typing.Optional[int], typing.Callable[[int], str],
# __main__.Box[int], ~T). Nothing is checked at run time, as in CPython.

from abc import ABCMeta, abstractmethod

TYPE_CHECKING = False

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic',
           'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
           'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
           'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
           'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
           'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
           'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
           'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque',
           'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
           'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
           'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
           'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
           'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
           'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
           'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
           'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
           'TypeVarTuple', 'Unpack']


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in found:
                found.append(a)
        elif not isinstance(a, type):
            # Any alias's variables, list[T]'s (types.GenericAlias) and T | None's too; a
            # plain class's __parameters__ is not its own.
            for p in getattr(a, '__parameters__', ()):
                if p not in found:
                    found.append(p)
    return tuple(found)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params, )


def _type_arg(p):
    # As typing._type_check: None in a subscription stands for NoneType, a string for a
    # ForwardRef.
    if p is None:
        return type(None)
    if isinstance(p, str):
        return ForwardRef(p)
    return p


def _types(params):
    return tuple(_type_arg(p) for p in _as_tuple(params))


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        # A bound given as text is a forward reference (typing._type_check).
        self.__bound__ = ForwardRef(bound) if isinstance(bound, str) else bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class _SpecialForm:
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(attr)


def _alias_getattr(self, attr):
    # An alias is named as its special form (List[int].__name__ == 'List') or its origin,
    # and lends its origin's public attributes (List[int].append is list.append).
    if attr in ('__name__', '__qualname__'):
        return self.__dict__.get('_name') or self.__origin__.__name__
    if '_origin' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
        return getattr(self.__origin__, attr)
    raise AttributeError(attr)


def _union(form, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _as_tuple(parameters):
        p = _type_arg(p)
        # Nested unions flatten, `int | str` ones (types.UnionType) too.
        if isinstance(p, (_UnionGenericAlias, _BuiltinUnionType)):
            items = p.__args__
        else:
            items = (p, )
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    # A union of one type and None is named Optional (its __name__ says so).
    name = 'Optional' if len(flat) == 2 and type(None) in flat else None
    return _UnionGenericAlias(Union, tuple(flat), name)


def _single(parameter, message):
    # Several types where one is wanted: CPython's _type_check words it, the tuple shown.
    if isinstance(parameter, tuple):
        raise TypeError(f"{message} Got {parameter!r:.100}.")


def _optional(form, parameter):
    _single(parameter, "typing.Optional requires a single type.")
    return Union[parameter, None]


def _plain(form, parameter):
    if form._name in ('Required', 'NotRequired'):
        _single(parameter, f"{form._name} accepts only a single type.")
    else:
        _single(parameter, f"{form!r} accepts only single type.")
    return _GenericAlias(form, (_type_arg(parameter), ))


def _literal(form, parameters):
    # Nested Literals flatten; repeated (value, type) pairs keep their first occurrence.
    params = []
    for p in _as_tuple(parameters):
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    try:
        seen = set()
        unique = []
        for p in params:
            if (p, type(p)) not in seen:
                seen.add((p, type(p)))
                unique.append(p)
        params = unique
    except TypeError:
        pass
    return _LiteralGenericAlias(form, tuple(params))


def _annotated(form, parameters):
    parameters = _as_tuple(parameters)
    if len(parameters) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(_type_arg(parameters[0]), parameters[1:])


class _AnyMeta(type):
    # 3.11's Any is a class (subclassable, for mocks); only Any itself refuses isinstance.
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        # What type's repr gives a subclass (a program's class: never builtins).
        return f"<class '{self.__module__}.{self.__qualname__}'>"


class Any(metaclass=_AnyMeta):
    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _plain)
Final = _SpecialForm('Final', _plain)
TypeGuard = _SpecialForm('TypeGuard', _plain)
Required = _SpecialForm('Required', _plain)
NotRequired = _SpecialForm('NotRequired', _plain)
Unpack = _SpecialForm('Unpack', _plain)
Concatenate = _SpecialForm('Concatenate', lambda form, p: _GenericAlias(form, _as_tuple(p)))
Literal = _SpecialForm('Literal', _literal)
Annotated = _SpecialForm('Annotated', _annotated)


def _call_alias(alias, *args, **kwargs):
    # `Deque()`, `Deque[int]()`, `MyGeneric[int]()`: an instance of the origin that remembers
    # the alias; the aliases of built-in types (List, Dict, ...) refuse.
    if not alias._inst:
        raise TypeError(f"Type {alias._name} cannot be instantiated; "
                        f"use {alias.__origin__.__name__}() instead")
    result = alias.__origin__(*args, **kwargs)
    try:
        result.__orig_class__ = alias
    except AttributeError:
        pass
    return result


class _GenericAlias:
    def __init__(self, origin, args, name=None, inst=True):
        self._origin = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst
        if not name:
            # An unnamed alias (Box[int], Annotated[int, x]) is of its origin's module, so
            # inspect shows it qualified.
            self.__module__ = origin.__module__

    @property
    def __origin__(self):
        # An alias of a collections.abc class holds a stand-in until asked (see _abc).
        return _checked_origin(self._origin)

    __getattr__ = _alias_getattr

    def _args_repr(self):
        if not self.__args__:
            return '()'
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        return '%s[%s]' % (head, self._args_repr())

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    __call__ = _call_alias

    def __getitem__(self, params):
        params = _as_tuple(params)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'}"
                            f" arguments for {self}; actual {len(params)}, "
                            f"expected {len(self.__parameters__)}")
        mapping = dict(zip(self.__parameters__, params))
        args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self.copy_with(args)

    def copy_with(self, args):
        return self.__class__(self._origin, args, self._name, self._inst)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            for b in bases:
                if b is not self and isinstance(b, _GenericAlias) and \
                        isinstance(b.__origin__, type) and issubclass(b.__origin__, Generic):
                    return ()
            return (origin, )
        if self._name:
            # The generic version of a collections.abc class or a built-in one (`List[T]`).
            return _alias_mro_entries(self, origin, bases)
        if isinstance(origin, type):
            return (origin, )
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, mapping) for a in arg.__args__))
    # list[T] (types.GenericAlias) and other aliases substitute by subscription.
    params = () if isinstance(arg, type) else getattr(arg, '__parameters__', ())
    if params:
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


class _UnionGenericAlias(_GenericAlias):
    # isinstance/issubclass ask each member in turn (a subscripted one still refuses).
    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % self._args_repr()

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        # Equal to the `int | str` of the same members too (types.UnionType).
        if not isinstance(other, (_UnionGenericAlias, type(int | str))):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)

    # Equal when they hold the same values of the same types, in any order.
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return ({(a, type(a)) for a in self.__args__} == {(a, type(a)) for a in other.__args__})

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        # Annotated[Annotated[int, 1], 2] is Annotated[int, 1, 2].
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, (origin, ))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                              ', '.join(repr(a) for a in self.__metadata__))

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)


def _is_parameter_expression(arg):
    return isinstance(arg, ParamSpec) or (isinstance(arg, _GenericAlias)
                                          and arg.__origin__ is Concatenate)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(args[1])
        if len(args) == 2 and _is_parameter_expression(args[0]):
            # `Callable[P, R]`, `Callable[Concatenate[int, P], R]`: the parameters stay bare.
            return 'typing.Callable[%s, %s]' % (_type_repr(args[0]), _type_repr(args[1]))
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self._origin, args, self._name)


def _alias_mro_entries(alias, origin, bases):
    # A class statement's base `Iterator[int]` (or `Iterator`) stands for the real class,
    # with Generic after it unless a later base brings Generic itself.
    entries = [] if origin in bases else [origin]
    for b in bases[bases.index(alias) + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (
                isinstance(b, type) and issubclass(b, Generic)):
            break
    else:
        entries.append(Generic)
    return tuple(entries)


class _SpecialGenericAlias:
    def __init__(self, origin, nparams, name, inst=True):
        self._origin = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    @property
    def __origin__(self):
        return _checked_origin(self._origin)

    __getattr__ = _alias_getattr

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _as_tuple(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments"
                            f" for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self._origin, _types(params), self._name, self._inst)

    __call__ = _call_alias

    def __mro_entries__(self, bases):
        return _alias_mro_entries(self, self.__origin__, bases)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(_checked_origin(cls.__origin__), _checked_origin(self.__origin__))
        if isinstance(cls, _GenericAlias):
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, _checked_origin(self.__origin__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self._origin, (..., result) if result is not None
                                         else (..., type(None)), self._name)
        if not isinstance(args, (list, tuple)):
            return _CallableGenericAlias(self._origin, _types((args, result)), self._name)
        return _CallableGenericAlias(self._origin, _types(tuple(args) + (result, )),
                                     self._name)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        return _GenericAlias(tuple, _types(params), 'Tuple', inst=False)


_ABC_STANDINS = {}


def _abc(name):
    # Stand-ins for collections.abc's classes (the origins of typing.Awaitable, ...): they
    # name the class, so importing typing does not build collections.abc; an isinstance()
    # check against the alias imports the real class then (_checked_origin).
    standin = type(name, (), {'__module__': 'collections.abc', '__qualname__': name})
    _ABC_STANDINS[standin] = name
    return standin


def _checked_origin(origin):
    name = _ABC_STANDINS.get(origin)
    if name is None:
        return origin
    import collections.abc
    if name in _COLLECTIONS_CLASSES:
        import collections
        return getattr(collections, name)
    return getattr(collections.abc, name)


# The stand-ins that name a class of `collections` itself, not of collections.abc.
_COLLECTIONS_CLASSES = frozenset(('deque', 'defaultdict', 'OrderedDict', 'Counter', 'ChainMap'))


Hashable = _SpecialGenericAlias(_abc('Hashable'), 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1, 'Reversible')
Sized = _SpecialGenericAlias(_abc('Sized'), 0, 'Sized')
Container = _SpecialGenericAlias(_abc('Container'), 1, 'Container')
Collection = _SpecialGenericAlias(_abc('Collection'), 1, 'Collection')
Callable = _CallableType(_abc('Callable'), 2, 'Callable')
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc('ByteString'), 0, 'ByteString')
MappingView = _SpecialGenericAlias(_abc('MappingView'), 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc('KeysView'), 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc('ItemsView'), 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc('ValuesView'), 1, 'ValuesView')
Generator = _SpecialGenericAlias(_abc('Generator'), 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc('AsyncGenerator'), 2, 'AsyncGenerator')
ContextManager = _SpecialGenericAlias(_abc('AbstractContextManager'), 1, 'ContextManager')
AsyncContextManager = _SpecialGenericAlias(_abc('AbstractAsyncContextManager'), 1,
                                           'AsyncContextManager')
Tuple = _TupleType(tuple, -1, 'Tuple', inst=False)
List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Deque = _SpecialGenericAlias(_abc('deque'), 1, 'Deque')
DefaultDict = _SpecialGenericAlias(_abc('defaultdict'), 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_abc('OrderedDict'), 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_abc('Counter'), 1, 'Counter')
ChainMap = _SpecialGenericAlias(_abc('ChainMap'), 2, 'ChainMap')
Text = str


class Generic:
    # No __dict__ for a slotted subclass (a dataclass(slots=True) one).
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if not params and cls is not Tuple:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                    "variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = cls.__dict__.get('__parameters__', ())
            if len(params) != len(expected):
                raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} "
                                f"arguments for {cls}; actual {len(params)}, "
                                f"expected {len(expected)}")
        return _GenericAlias(cls, _types(params))

    def __init_subclass__(cls, *args, **kwargs):
        orig = cls.__dict__.get('__orig_bases__', ())
        tvars = []
        declared = None
        for base in orig:
            if isinstance(base, _GenericAlias):
                if base.__origin__ is Generic or base.__origin__ is Protocol:
                    declared = base.__parameters__
                for p in base.__parameters__:
                    if p not in tvars:
                        tvars.append(p)
        if declared is not None:
            missing = [t for t in tvars if t not in declared]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in Generic[%s]" % (
                    ', '.join(str(t) for t in missing), ', '.join(str(g) for g in declared)))
            tvars = list(declared)
        cls.__parameters__ = tuple(tvars)


Generic.__module__ = 'typing'


_PROTOCOL_EXCLUDED = frozenset([
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
    '_is_runtime_protocol', '__abstractmethods__', '__annotations__', '__dict__', '__doc__',
    '__init__', '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '_MutableMapping__marker'])


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_EXCLUDED:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


class _ProtocolMeta(ABCMeta):
    # Its own hook, so the engine does not answer a real subclass without asking
    # __subclasshook__ (its shortcut for ABCMeta's): a protocol that is not
    # @runtime_checkable refuses even those.
    def __subclasscheck__(cls, other):
        return super().__subclasscheck__(other)

    # isinstance() against a @runtime_checkable protocol: the instance has every member.
    def __instancecheck__(cls, instance):
        if (getattr(cls, '_is_protocol', False)
                and not getattr(cls, '_is_runtime_protocol', False)):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if ((not getattr(cls, '_is_protocol', False) or _is_callable_members_only(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr)
                   and (not callable(getattr(cls, attr, None))
                        or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        # CPython's hook lets checks coming from abc through (_allow_reckless_class_checks).
        global _reckless
        _reckless += 1
        try:
            return super().__instancecheck__(instance)
        finally:
            _reckless -= 1


_reckless = 0


def _proto_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        if _reckless:
            return NotImplemented
        raise TypeError("Instance and class checks can only be used with "
                        "@runtime_checkable protocols")
    if not _is_callable_members_only(cls):
        if _reckless:
            return NotImplemented
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for attr in _get_protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if (isinstance(annotations, dict) and attr in annotations
                    and getattr(base, '_is_protocol', False)):
                break
        else:
            return NotImplemented
    return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        Generic.__init_subclass__.__func__(cls)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


T_co = TypeVar('T_co', covariant=True)


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


def _make_namedtuple(typename, fields, module, defaults=(), bases=None):
    # A class made by collections.namedtuple, as CPython's typing makes it: its MRO is the
    # class, tuple (and Generic), object; the annotations are the fields' types.
    import collections
    names = [name for name, _ in fields]
    annotations = {name: _field_type(tp, f"field {name} annotation must be a type")
                   for name, tp in fields}
    cls = collections.namedtuple(typename, names, defaults=defaults, module=module)
    if bases is not None and bases != (tuple, ):
        namespace = {k: v for k, v in cls.__dict__.items() if k not in ('__dict__', '__weakref__')}
        cls = type(typename, bases, namespace)
    cls.__annotations__ = cls.__new__.__annotations__ = annotations
    return cls


# What a class statement's body may not define (namedtuple's own members), and what it
# defines that the namedtuple keeps as made.
_NAMEDTUPLE_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                  '_fields', '_field_defaults', '_make', '_replace',
                                  '_asdict', '_source'})
_NAMEDTUPLE_KEPT = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types = ns.get('__annotations__', {})
        with_defaults = []
        for name in types:
            if name in ns:
                with_defaults.append(name)
            elif with_defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(with_defaults) > 1 else ''} "
                                f"{', '.join(with_defaults)}")
        cls = _make_namedtuple(typename, types.items(), ns['__module__'],
                               defaults=[ns[name] for name in with_defaults], bases=bases)
        for key in ns:
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_KEPT and key not in cls._fields:
                setattr(cls, key, ns[key])
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_namedtuple(typename, fields, module='__main__')


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple, )


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    # A TypedDict describes a dict's keys, not a type of object: CPython refuses
    # isinstance() and issubclass() with one.
    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class _TypedDictBase(dict, metaclass=_TypedDictMeta):
    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        own = cls.__dict__.get('__annotations__', {})
        annotations = {}
        required = set()
        optional = set()
        for base in reversed(cls.__mro__[1:]):
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = {key: _field_type(tp, "TypedDict('Name', {f0: t0, f1: t1, ...}); "
                                    "each t must be a type", module=cls.__module__)
               for key, tp in own.items()}
        annotations.update(own)
        for key, tp in own.items():
            # Required[...] / NotRequired[...] override the class's `total` for one key.
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                marked_required = True
            elif origin is NotRequired:
                marked_required = False
            else:
                marked_required = total
            (required if marked_required else optional).add(key)
            (optional if marked_required else required).discard(key)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


class _TypedDictMarker:
    def __mro_entries__(self, bases):
        return (_TypedDictBase, )

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        return type(typename, (_TypedDictBase, ), {'__annotations__': dict(fields),
                                                   '__module__': '__main__',
                                                   '__qualname__': typename}, total=total)

    def __repr__(self):
        return '<function TypedDict>'


TypedDict = _TypedDictMarker()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta) and tp is not _TypedDictBase


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[-1]
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        # The error names the subclass, known only once the class statement makes it.
        supertype_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{name} = NewType({name!r}, {supertype_name})`")

        return (Dummy,)


# --- Reading annotation text -------------------------------------------------------------
# CPython's ForwardRef compiles its text and get_type_hints() eval()s it. The VM runs no
# dynamic code, so annotation text is parsed here into a small tree (names, attributes,
# subscripts, calls, tuples, lists, literals, unary minus and `|`) and evaluated against
# the namespaces the way eval() would look names up. Text that is valid Python beyond that
# subset stops as not supported when it is evaluated; text that is not an expression at
# all is a SyntaxError when the ForwardRef is made, as in CPython.

class _NotAnExpression(Exception):
    pass


class _BeyondSubset(Exception):
    pass


_KEYWORDS = frozenset(['and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
                       'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from',
                       'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not',
                       'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])
_CONSTANTS = {'None': None, 'True': True, 'False': False}
_OPERATOR_CHARS = '+-*/%@&^~<>=!:;'
_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0',
            'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v', '\n': ''}


def _is_name_char(ch):
    return ch == '_' or ch.isalnum()


def _read_string(text, i, prefix):
    raw = 'r' in prefix
    if 'f' in prefix or 'b' in prefix:
        # f-strings and bytes are valid annotation text that this reader does not evaluate.
        raise _BeyondSubset()
    quote = text[i]
    if text.startswith(quote * 3, i):
        quote = quote * 3
    i += len(quote)
    out = []
    while True:
        if i >= len(text):
            raise _NotAnExpression()
        if text.startswith(quote, i):
            return ''.join(out), i + len(quote)
        ch = text[i]
        if ch == '\n' and len(quote) == 1:
            raise _NotAnExpression()
        if ch == '\\' and i + 1 < len(text):
            nxt = text[i + 1]
            if raw:
                out.append(ch + nxt)
                i += 2
                continue
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            width = {'x': 2, 'u': 4, 'U': 8}.get(nxt)
            if width is not None:
                digits = text[i + 2:i + 2 + width]
                if len(digits) != width:
                    raise _NotAnExpression()
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
            out.append(ch)
            i += 1
            continue
        out.append(ch)
        i += 1


def _tokens(text):
    """(kind, value) pairs: 'name', 'const' (a literal's value), 'op' (punctuation)."""
    found = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in ' \t\n\r\f':
            i += 1
        elif ch in '\'"':
            value, i = _read_string(text, i, '')
            found.append(('const', value))
        elif ch.isdigit() or (ch == '.' and i + 1 < n and text[i + 1].isdigit()):
            j = i
            while j < n and (_is_name_char(text[j]) or text[j] == '.' or
                             (text[j] in '+-' and text[j - 1] in 'eE' and
                              not text[i:j].lower().startswith('0x'))):
                j += 1
            word = text[i:j].replace('_', '')
            if word.endswith(('j', 'J')):
                raise _BeyondSubset()
            try:
                if word.isdigit():
                    if len(word) > 1 and word[0] == '0' and word.strip('0'):
                        raise _NotAnExpression()
                    value = int(word)
                elif word[:2].lower() in ('0x', '0o', '0b'):
                    value = int(word, 0)
                else:
                    value = float(word)
            except ValueError:
                raise _NotAnExpression() from None
            found.append(('const', value))
            i = j
        elif _is_name_char(ch):
            j = i
            while j < n and _is_name_char(text[j]):
                j += 1
            word = text[i:j]
            if j < n and text[j] in '\'"' and word.lower() in (
                    'r', 'u', 'b', 'f', 'rb', 'br', 'fr', 'rf'):
                value, i = _read_string(text, j, word.lower())
                found.append(('const', value))
                continue
            if word in _CONSTANTS:
                found.append(('const', _CONSTANTS[word]))
            elif word in _KEYWORDS:
                found.append(('keyword', word))
            else:
                found.append(('name', word))
            i = j
        elif text.startswith('...', i):
            found.append(('const', ...))
            i += 3
        elif ch in '()[]{},.|':
            found.append(('op', ch))
            i += 1
        elif ch in _OPERATOR_CHARS:
            found.append(('operator', ch))
            i += 1
        else:
            raise _NotAnExpression()
    # Adjacent string literals are one string, as in source text.
    merged = []
    for token in found:
        if (merged and token[0] == 'const' and type(token[1]) is str and
                merged[-1][0] == 'const' and type(merged[-1][1]) is str):
            merged[-1] = ('const', merged[-1][1] + token[1])
        else:
            merged.append(token)
    return merged


class _AnnotationParser:
    # Trees: ('const', v), ('name', n), ('attr', t, n), ('item', t, key), ('call', t, args,
    # kwargs), ('tuple', items), ('list', items), ('neg', t), ('pos', t), ('or', l, r).

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ('end', None)

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def expect(self, op):
        if self.take() != ('op', op):
            self.fail()

    def fail(self):
        # Python operators and keywords this reader leaves to CPython make valid text that
        # is beyond the subset; anything else is not an expression.
        if any(kind in ('operator', 'keyword') or (kind == 'op' and value == '{')
               for kind, value in self.tokens):
            raise _BeyondSubset()
        raise _NotAnExpression()

    def whole(self):
        tree = self.expression()
        if self.peek()[0] != 'end':
            self.fail()
        return tree

    def expression(self):
        tree = self.unary()
        while self.peek() == ('op', '|'):
            self.take()
            tree = ('or', tree, self.unary())
        return tree

    def unary(self):
        token = self.peek()
        if token == ('operator', '-') or token == ('operator', '+'):
            self.take()
            return ('neg' if token[1] == '-' else 'pos', self.unary())
        return self.postfix()

    def postfix(self):
        tree = self.atom()
        while True:
            token = self.peek()
            if token == ('op', '.'):
                self.take()
                kind, name = self.take()
                if kind != 'name':
                    self.fail()
                tree = ('attr', tree, name)
            elif token == ('op', '['):
                self.take()
                items, trailing = self.sequence(']')
                if not items:
                    self.fail()
                key = items[0] if len(items) == 1 and not trailing else ('tuple', items)
                tree = ('item', tree, key)
            elif token == ('op', '('):
                self.take()
                tree = self.call(tree)
            else:
                return tree

    def call(self, func):
        args = []
        kwargs = []
        while self.peek() != ('op', ')'):
            kind, value = self.peek()
            if (kind == 'name' and self.pos + 1 < len(self.tokens) and
                    self.tokens[self.pos + 1] == ('operator', '=')):
                self.pos += 2
                kwargs.append((value, self.expression()))
            else:
                if kwargs:
                    self.fail()
                args.append(self.expression())
            if self.peek() == ('op', ','):
                self.take()
            elif self.peek() != ('op', ')'):
                self.fail()
        self.take()
        return ('call', func, tuple(args), tuple(kwargs))

    def sequence(self, closer):
        items = []
        trailing = False
        while self.peek() != ('op', closer):
            items.append(self.expression())
            trailing = False
            if self.peek() == ('op', ','):
                self.take()
                trailing = True
            elif self.peek() != ('op', closer):
                self.fail()
        self.take()
        return items, trailing

    def atom(self):
        kind, value = self.take()
        if kind == 'const':
            return ('const', value)
        if kind == 'name':
            return ('name', value)
        if (kind, value) == ('op', '('):
            items, trailing = self.sequence(')')
            if len(items) == 1 and not trailing:
                return items[0]
            return ('tuple', items)
        if (kind, value) == ('op', '['):
            return ('list', self.sequence(']')[0])
        self.fail()


def _parse_annotation(text):
    """The tree of `text`, or a string saying why there is none: 'syntax' or 'beyond'."""
    try:
        return _AnnotationParser(_tokens(text)).whole()
    except _NotAnExpression:
        return 'syntax'
    except _BeyondSubset:
        return 'beyond'


def _lookup(name, globalns, localns):
    if localns is not None and name in localns:
        return localns[name]
    if globalns is not None and name in globalns:
        return globalns[name]
    import builtins
    try:
        return getattr(builtins, name)
    except AttributeError:
        error = NameError(f"name '{name}' is not defined")
        error.name = name
        raise error from None


def _evaluate_tree(tree, globalns, localns):
    kind = tree[0]
    if kind == 'const':
        return tree[1]
    if kind == 'name':
        return _lookup(tree[1], globalns, localns)
    if kind == 'attr':
        return getattr(_evaluate_tree(tree[1], globalns, localns), tree[2])
    if kind == 'item':
        return _evaluate_tree(tree[1], globalns, localns)[
            _evaluate_tree(tree[2], globalns, localns)]
    if kind == 'tuple':
        return tuple(_evaluate_tree(t, globalns, localns) for t in tree[1])
    if kind == 'list':
        return [_evaluate_tree(t, globalns, localns) for t in tree[1]]
    if kind == 'or':
        return (_evaluate_tree(tree[1], globalns, localns) |
                _evaluate_tree(tree[2], globalns, localns))
    if kind == 'neg':
        return -_evaluate_tree(tree[1], globalns, localns)
    if kind == 'pos':
        return +_evaluate_tree(tree[1], globalns, localns)
    func = _evaluate_tree(tree[1], globalns, localns)
    args = [_evaluate_tree(t, globalns, localns) for t in tree[2]]
    kwargs = {name: _evaluate_tree(t, globalns, localns) for name, t in tree[3]}
    return func(*args, **kwargs)


class ForwardRef:
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        tree = _parse_annotation(arg)
        if tree == 'syntax':
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self._tree = tree
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        # A value found with one namespace for both is kept; separate namespaces look again.
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                import sys
                globalns = getattr(sys.modules.get(self.__forward_module__, None), '__dict__',
                                   globalns)
            if self._tree == 'beyond':
                import _loopscope
                _loopscope.unsupported("typing: evaluating the annotation "
                                       f"{self.__forward_arg__!r} (only names, attributes, "
                                       "subscripts, calls, literals and `|`)")
            found = _type_check(_evaluate_tree(self._tree, globalns, localns),
                                "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(found, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            return f'ForwardRef({self.__forward_arg__!r})'
        return f'ForwardRef({self.__forward_arg__!r}, module={self.__forward_module__!r})'


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    # typing._type_check as get_type_hints() applies it to an evaluated annotation.
    refused = (Generic, Protocol)
    if not allow_special_forms:
        refused += (ClassVar, )
        if is_argument:
            refused += (Final, )
    if arg is None:
        arg = type(None)
    elif isinstance(arg, str):
        arg = ForwardRef(arg, module=module, is_class=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in refused:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _field_type(tp, message, module=None):
    """A NamedTuple or TypedDict field's annotation as typing._type_check stores it: None
    is NoneType, text (every annotation under `from __future__ import annotations`) a
    ForwardRef, a tuple an error."""
    if tp is None:
        return type(None)
    if isinstance(tp, str):
        return ForwardRef(tp, module=module)
    if type(tp) is tuple:
        raise TypeError(f"{message} Got {tp!r:.100}.")
    return tp


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overloads = {}


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @overload-decorated "
            "functions outside a stub module should always be followed by an implementation "
            "that is not @overload-ed.")
    _overloads.setdefault(func.__qualname__, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overloads.get(func.__qualname__, []))


def clear_overloads():
    _overloads.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    # Marks a function, or a class with the functions and classes defined directly in its
    # body, so that get_type_hints() gives {} for them.
    if isinstance(arg, type):
        import types
        for key in dir(arg):
            value = getattr(arg, key)
            if (not hasattr(value, '__qualname__')
                    or value.__qualname__ != f'{arg.__qualname__}.{value.__name__}'
                    or getattr(value, '__module__', None) != arg.__module__):
                continue
            if isinstance(value, types.FunctionType):
                value.__no_type_check__ = True
            if isinstance(value, types.MethodType):
                value.__func__.__no_type_check__ = True
            if isinstance(value, type):
                no_type_check(value)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    # Only recorded, for type checkers and for introspection.
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    import types
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        if isinstance(tp.__origin__, _SpecialForm):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    import types
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, ) + tp.__metadata__
    if isinstance(tp, types.GenericAlias):
        args = tp.__args__
        # collections.abc.Callable[[int], str] keeps its arguments flat.
        if type(tp).__name__ == '_CallableGenericAlias' and not (
                len(args) == 2 and (args[0] is ... or type(args[0]).__name__ == 'ParamSpec')):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


_BuiltinGenericAlias = type(list[int])
_BuiltinUnionType = type(int | str)


def _union_of(args):
    result = args[0]
    for arg in args[1:]:
        result = result | arg
    return result


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    # typing._eval_type: forward references resolved at any depth, aliases rebuilt only
    # when something inside them changed.
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if not isinstance(t, (_GenericAlias, _BuiltinGenericAlias, _BuiltinUnionType)):
        return t
    if isinstance(t, _BuiltinGenericAlias):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        unpacked = getattr(t, '__unpacked__', False)
        if type(t).__name__ == '_CallableGenericAlias' and not (
                len(args) == 2 and (args[0] is ... or isinstance(args[0], ParamSpec))):
            t = t.__origin__[(list(args[:-1]), args[-1])]
        else:
            t = t.__origin__[args]
        if unpacked:
            t = Unpack[t]
    evaluated = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
    if evaluated == t.__args__:
        return t
    if isinstance(t, _BuiltinGenericAlias):
        return _BuiltinGenericAlias(t.__origin__, evaluated)
    if isinstance(t, _BuiltinUnionType):
        return _union_of(evaluated)
    return t.copy_with(evaluated)


def _strip_annotations(t):
    # Annotated, Required and NotRequired are hints about a hint: dropped at any depth.
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if hasattr(t, '__origin__') and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, _BuiltinGenericAlias, _BuiltinUnionType)):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _BuiltinGenericAlias):
            return _BuiltinGenericAlias(t.__origin__, stripped)
        if isinstance(t, _BuiltinUnionType):
            return _union_of(stripped)
        return t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    import sys
    import types
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            annotations = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # As CPython: the module's names are looked at before the class's own.
                base_globals, base_locals = base_locals, base_globals
            for name, value in annotations.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                unwrapped = obj
                while hasattr(unwrapped, '__wrapped__'):
                    unwrapped = unwrapped.__wrapped__
                globalns = getattr(unwrapped, '__globals__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        annotations = getattr(obj, '__annotations__', None)
        if annotations is None:
            if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType,
                                types.MethodType, types.ModuleType)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        for name, value in dict(annotations).items():
            if value is None:
                value = type(None)
            if isinstance(value, str):
                value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                                   is_class=False)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}


# --- The I/O stand-ins -------------------------------------------------------------------
# Generic descriptions of file objects, for annotations only: nothing is registered as one
# of them (isinstance(open(...), TextIO) is False, as in CPython).

class IO(Generic[AnyStr]):
    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abstractmethod
    def name(self) -> str:
        pass

    @abstractmethod
    def close(self) -> None:
        pass

    @property
    @abstractmethod
    def closed(self) -> bool:
        pass

    @abstractmethod
    def fileno(self) -> int:
        pass

    @abstractmethod
    def flush(self) -> None:
        pass

    @abstractmethod
    def isatty(self) -> bool:
        pass

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readable(self) -> bool:
        pass

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abstractmethod
    def seekable(self) -> bool:
        pass

    @abstractmethod
    def tell(self) -> int:
        pass

    @abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abstractmethod
    def writable(self) -> bool:
        pass

    @abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    __slots__ = ()

    @abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int:
        pass

    @abstractmethod
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abstractmethod
    def errors(self) -> Optional[str]:
        pass

    @property
    @abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abstractmethod
    def newlines(self) -> Any:
        pass

    @abstractmethod
    def __enter__(self) -> 'TextIO':
        pass


def __getattr__(name):
    # typing.Pattern and typing.Match alias re's classes: made on first use, so that
    # importing typing does not import re.
    if name in ('Pattern', 'Match'):
        import re
        alias = _SpecialGenericAlias(getattr(re, name), 1, name)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module 'typing' has no attribute '{name}'")
