# dataclasses, written for Loopscope from CPython 3.11's behaviour. CPython generates the
# methods' source text and exec()s it; here they are closures over the field list, and
# __init__ binds its arguments itself so that its errors read as CPython's do.

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


import _thread
import copy
import types


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, '__name__', None)
        if name is None or not isinstance(self.type, type):
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class _FIELD_BASE:
    # The kind of a field; Field's repr shows it by name (_field_type=_FIELD).
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

# A field's metadata is a read-only view, shared when the field has none.
_EMPTY_METADATA = types.MappingProxyType({})


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    __class_getitem__ = classmethod(types.GenericAlias)

    def __set_name__(self, owner, name):
        # The class holds the Field, so a descriptor given as its default is named here.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def _is_classvar(annotation):
    origin = getattr(annotation, '__origin__', annotation)
    return getattr(origin, '_name', None) == 'ClassVar'


def _word(text, i):
    # The run of word characters at text[i:] after blanks, and where it ends.
    while i < len(text) and text[i].isspace():
        i += 1
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] == '_'):
        j += 1
    return text[i:j], j


def _names_kind(annotation, cls, module, wanted):
    """Whether a string annotation names `wanted` (typing.ClassVar, InitVar, KW_ONLY) by
    its first name, looked up in the class's module, or as `module.name` when the class's
    module binds `module` to the module that defines it (then the name is looked up
    there), as CPython's dataclasses reads text it does not evaluate."""
    import sys
    first, end = _word(annotation, 0)
    qualifier = None
    name = first
    rest = end
    while rest < len(annotation) and annotation[rest].isspace():
        rest += 1
    if first and rest < len(annotation) and annotation[rest] == '.':
        second, _ = _word(annotation, rest + 1)
        if second:
            qualifier, name = first, second
    if not name:
        return False
    home = sys.modules.get(cls.__module__)
    namespace = getattr(home, '__dict__', None)
    if namespace is None:
        return False
    if qualifier is not None:
        if namespace.get(qualifier) is not module:
            return False
        namespace = module.__dict__
    return wanted(namespace.get(name))


def _classvar_text(annotation, cls):
    import sys
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return _names_kind(annotation, cls, typing, lambda found: found is typing.ClassVar or (
        type(found) is typing._GenericAlias and found.__origin__ is typing.ClassVar))


def _module_self():
    import sys
    return sys.modules[__name__]


class _OneSlot:
    __slots__ = ('slot', )


# types.MemberDescriptorType: what a class's __slots__ entry is as a class attribute.
_MemberDescriptorType = type(_OneSlot.slot)


def _field_of(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            # A slot, not a default value.
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if isinstance(annotation, str):
        # Under `from __future__ import annotations` the text is looked at, not evaluated.
        if _classvar_text(annotation, cls):
            f._field_type = _FIELD_CLASSVAR
        elif _names_kind(annotation, cls, _module_self(), lambda found: found is InitVar or
                         type(found) is InitVar):
            f._field_type = _FIELD_INITVAR
    elif _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(annotation, InitVar) or annotation is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type != _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    # Fields and InitVars can be keyword-only; a ClassVar cannot.
    if f._field_type == _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
        return f
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    # Unhashable stands for mutable, as in CPython: a hashable list subclass is allowed.
    if f._field_type == _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not '
                         'allowed: use default_factory')
    return f


def _arguments_text(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


# How the generated __init__ gets a field's value (see _assignments).
_PARAM, _PARAM_OR_FACTORY, _FACTORY, _CONSTANT = range(4)


def _assignments(init_fields, slots):
    # (name, how, default or factory) for each field __init__ sets, in field order.
    steps = []
    for f in init_fields:
        if f._field_type == _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            steps.append((f.name, _PARAM_OR_FACTORY if f.init else _FACTORY,
                          f.default_factory))
        elif f.init:
            steps.append((f.name, _PARAM, f.default))
        elif slots and f.default is not MISSING:
            # No class attribute holds the default once slots replace it.
            steps.append((f.name, _CONSTANT, f.default))
    return steps


def _bad_keyword(qualname, kwargs, values, names):
    # The first keyword CPython's binder rejects, in the order the keywords were given.
    for k in kwargs:
        if k not in names:
            raise TypeError(f'{qualname}() got an unexpected keyword argument {k!r}')
        if k in values:
            raise TypeError(f'{qualname}() got multiple values for argument {k!r}')


def _bad_count(qualname, given, values, positional, keyword_only, required):
    # Too many positional arguments, else the required ones missing (positional first),
    # worded as CPython's call machinery words them. `positional` includes self.
    most = len(positional)
    if given > most:
        if required == most:
            takes = f'{most} positional argument' + ('s' if most != 1 else '')
        else:
            takes = f'from {required} to {most} positional arguments'
        kwonly_given = sum(1 for name, _ in keyword_only if name in values)
        extra = ''
        if kwonly_given:
            extra = (f" positional argument{'s' if given != 1 else ''} (and {kwonly_given} "
                     f"keyword-only argument{'s' if kwonly_given != 1 else ''})")
        was = 'was' if given == 1 and not kwonly_given else 'were'
        raise TypeError(f'{qualname}() takes {takes} but {given}{extra} {was} given')
    for group, kind in ((positional, 'positional'), (keyword_only, 'keyword-only')):
        missing = [name for name, needed in group if needed and name not in values]
        if missing:
            s = 's' if len(missing) > 1 else ''
            raise TypeError(f'{qualname}() missing {len(missing)} required {kind} '
                            f'argument{s}: {_arguments_text(missing)}')


def _make_init(init_fields, frozen, slots, has_post_init, self_name, qualname):
    # init_fields: the fields and InitVars, ClassVars left out. The function takes
    # (*args, **kwargs) and binds them as CPython's generated (self, x, y=..., *, k=...)
    # would, self included, so that its errors read the same.
    params = [f for f in init_fields if f.init]
    positional = [f for f in params if not f.kw_only]
    keyword_only = [f for f in params if f.kw_only]
    pos_names = [self_name] + [f.name for f in positional]
    names = frozenset(pos_names + [f.name for f in keyword_only])
    count = len(names)
    most = len(pos_names)
    pos_needed = [(self_name, True)] + [(f.name, not _has_default(f)) for f in positional]
    kw_needed = [(f.name, not _has_default(f)) for f in keyword_only]
    required = sum(1 for _, needed in pos_needed if needed)
    steps = _assignments(init_fields, slots)
    init_vars = [(f.name, f.default) for f in init_fields if f._field_type == _FIELD_INITVAR]
    setter = object.__setattr__ if frozen else setattr

    def __init__(*args, **kwargs):
        values = dict(zip(pos_names, args))
        if kwargs:
            for k in kwargs:
                if k in values or k not in names:
                    _bad_keyword(qualname, kwargs, values, names)
            values.update(kwargs)
        if len(values) < count or len(args) > most:
            _bad_count(qualname, len(args), values, pos_needed, kw_needed, required)
        self = values[self_name]
        for name, how, extra in steps:
            if how == _PARAM:
                value = values.get(name, extra)
            elif how == _PARAM_OR_FACTORY:
                value = values[name] if name in values else extra()
            elif how == _FACTORY:
                value = extra()
            else:
                value = extra
            setter(self, name, value)
        # Whether to call it was settled when the class was decorated, as in CPython.
        if has_post_init:
            self.__post_init__(*[values.get(name, default) for name, default in init_vars])

    __init__.__signature__ = _init_signature(self_name, positional, keyword_only)
    # The defaults CPython's function has (a (*args, **kwargs) function ignores them).
    defaults = tuple(_shown_default(f) for f in positional if _has_default(f))
    __init__.__defaults__ = defaults or None
    kwdefaults = {f.name: _shown_default(f) for f in keyword_only if _has_default(f)}
    __init__.__kwdefaults__ = kwdefaults or None
    # CPython's generated function is annotated as its signature is (get_type_hints of
    # `cls.__init__`, as dependency injectors read it).
    annotations = {f.name: f.type for f in positional + keyword_only}
    annotations['return'] = None
    __init__.__annotations__ = annotations
    return __init__


class _FactoryDefault:
    # What a field with a default_factory shows as its default in the signature.
    def __repr__(self):
        return '<factory>'


_FACTORY_DEFAULT = _FactoryDefault()


def _shown_default(f):
    return _FACTORY_DEFAULT if f.default_factory is not MISSING else f.default


def _init_signature(self_name, positional, keyword_only):
    # The signature CPython's generated `__init__` has (it binds its arguments by name; this
    # one binds them itself for CPython's messages): `inspect.signature(cls)` and the class's
    # default docstring read it.
    from inspect import Parameter, Signature

    def param(f, kind):
        default = _shown_default(f) if _has_default(f) else Parameter.empty
        return Parameter(f.name, kind, default=default, annotation=f.type)

    params = [Parameter(self_name, Parameter.POSITIONAL_OR_KEYWORD)]
    params += [param(f, Parameter.POSITIONAL_OR_KEYWORD) for f in positional]
    params += [param(f, Parameter.KEYWORD_ONLY) for f in keyword_only]
    return Signature(params, return_annotation=None)


def _make_repr(shown, module):
    def __repr__(self):
        parts = [f'{f.name}={getattr(self, f.name)!r}' for f in shown]
        return f'{self.__class__.__qualname__}(' + ', '.join(parts) + ')'

    # The names CPython's generated function has (pprint looks for '__create_fn__').
    __repr__.__qualname__ = '__create_fn__.<locals>.__repr__'
    __repr__.__module__ = module
    return _recursive_repr(__repr__)


def _recursive_repr(user_function):
    # A repr re-entered for the same object on the same thread gives '...'.
    running = set()

    def wrapper(self):
        key = id(self), _thread.get_ident()
        if key in running:
            return '...'
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)

    wrapper.__doc__ = user_function.__doc__
    wrapper.__wrapped__ = user_function
    return wrapper


def _values(obj, compared):
    return tuple(getattr(obj, f.name) for f in compared)


def _make_eq(compared):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, compared) == _values(other, compared)
        return NotImplemented

    return __eq__


def _make_order(compared):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, compared) < _values(other, compared)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, compared) <= _values(other, compared)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, compared) > _values(other, compared)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _values(self, compared) >= _values(other, compared)
        return NotImplemented

    return [__lt__, __le__, __gt__, __ge__]


def _make_hash(hashed):
    def __hash__(self):
        return hash(_values(self, hashed))

    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return [__setattr__, __delattr__]


def _install(cls, function, name, overwrite=True):
    if not overwrite and name in cls.__dict__:
        return True
    function.__name__ = name
    function.__qualname__ = f'{cls.__qualname__}.{name}'
    function.__module__ = cls.__module__
    setattr(cls, name, function)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__['__dataclass_params__'].frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    keyword_only = kw_only
    seen_kw_only = False
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and _names_kind(
                annotation, cls, _module_self(), lambda found: found is KW_ONLY)):
            if seen_kw_only:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            seen_kw_only = True
            keyword_only = True
            continue
        own.append(_field_of(cls, name, annotation, keyword_only))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    # Params first, as CPython sets them (the order shows in the class's __dict__).
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    cls.__dataclass_fields__ = all_fields

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))
    field_list = [f for f in all_fields.values() if f._field_type == _FIELD]
    if init:
        init_fields = [f for f in all_fields.values() if f._field_type != _FIELD_CLASSVAR]
        seen_default = False
        for f in init_fields:
            # InitVars are parameters too.
            if f.init and not f.kw_only:
                if _has_default(f):
                    seen_default = True
                elif seen_default:
                    raise TypeError(f'non-default argument {f.name!r} follows default argument')
        # CPython renames the instance parameter when a field is called 'self'.
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        has_post_init = hasattr(cls, '__post_init__')
        _install(cls, _make_init(init_fields, frozen, slots, has_post_init, self_name,
                                 f'{cls.__qualname__}.__init__'), '__init__', overwrite=False)
    # A method the class body defines itself is kept, as CPython's _set_new_attribute does.
    if repr:
        shown = [f for f in field_list if f.repr]
        _install(cls, _make_repr(shown, cls.__module__), '__repr__', overwrite=False)
    compared = [f for f in field_list if f.compare]
    if eq:
        _install(cls, _make_eq(compared), '__eq__', overwrite=False)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for function, name in zip(_make_order(compared), ['__lt__', '__le__', '__gt__', '__ge__']):
            if _install(cls, function, name, overwrite=False):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for function, name in zip(_make_frozen(cls, {f.name for f in field_list}),
                                  ['__setattr__', '__delattr__']):
            if _install(cls, function, name, overwrite=False):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        _install(cls, _make_hash(hashed), '__hash__')
    elif eq and frozen:
        if not has_explicit_hash:
            _install(cls, _make_hash(hashed), '__hash__')
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if not getattr(cls, '__doc__'):
        # A class without a docstring documents itself by its constructor's signature.
        import inspect
        try:
            text_sig = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            text_sig = ''
        cls.__doc__ = cls.__name__ + text_sig
    if match_args and '__match_args__' not in cls.__dict__:
        # The positional parameters of __init__, InitVars included (CPython's std_init_fields).
        cls.__match_args__ = tuple(f.name for f in all_fields.values()
                                   if f._field_type != _FIELD_CLASSVAR and f.init
                                   and not f.kw_only)
    # Methods written here may implement abstract ones (a __repr__, say).
    from abc import update_abstractmethods
    update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                             kw_only, slots)
        if slots:
            cls = _add_slots(cls, weakref_slot, frozen)
        elif weakref_slot:
            raise TypeError('weakref_slot is True but slots is False')
        return cls

    if cls is None:
        return wrap
    return wrap(cls)


def _slots_of(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots, )
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(slots)


def _state_of_fields(self):
    return [getattr(self, f.name) for f in fields(self)]


def _restore_fields(self, state):
    # object.__setattr__: the class may be frozen.
    for field, value in zip(fields(self), state):
        object.__setattr__(self, field.name, value)


def _add_slots(cls, weakref_slot, frozen):
    # As CPython: a new class with the fields as __slots__ replaces the one decorated.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = names + (('__weakref__', ) if weakref_slot else ())
    namespace['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if frozen:
        # copy and pickle restore a frozen class's slots through these.
        if '__getstate__' not in namespace:
            new_cls.__getstate__ = _state_of_fields
        if '__setstate__' not in namespace:
            new_cls.__setstate__ = _restore_fields
    return new_cls


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    # CPython 3.11 makes the class with types.new_class, so it says it comes from `types`.
    body = {'__module__': 'types'}
    body.update(namespace)
    body.update(defaults)
    body['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type == _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
