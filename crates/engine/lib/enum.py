# enum, written for Loopscope from CPython 3.11's behaviour. The class body runs in an
# _EnumDict (EnumType.__prepare__) that turns auto() into values as they are assigned;
# members are made when the class statement ends (Enum.__init_subclass__; CPython does it in
# EnumType.__new__), in definition order; EnumType serves the class-level operations:
# iteration, len, `in`, lookup by name and by value, and the reprs.

import sys

_builtin_property = property

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
           'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

class _auto_null:
    # The value of an auto() not given one yet; its repr shows in `auto()`'s.
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class nonmember:
    def __init__(self, value):
        self.value = value


class member:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' \
        and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' \
        and name[-2:-1] != '_'


# The single-underscore names an enum body may set; the rest are reserved.
_ENUM_SUNDER_NAMES = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
))


def _is_private(cls_name, name):
    # As 3.11 decides it: the class name as written (a leading underscore is not stripped as
    # the compiler's mangling does), and only a name ending in two underscores is excluded.
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) \
        and (name[-1] != '_' or name[-2] != '_')


def _is_descriptor(obj):
    # (Functions here answer no `__get__`, hence `callable`; a class is no descriptor, and an
    # enum body's class becomes a member, as in 3.11.)
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or callable(obj) and not isinstance(obj, (int, str, float, tuple, type)))


def _is_internal_class(cls_name, obj):
    # A class statement inside the enum's body (its qualname is the enum's plus its name).
    if not isinstance(obj, type):
        return False
    own = cls_name + '.' + obj.__name__
    return obj.__qualname__ == own or obj.__qualname__.endswith('.' + own)


def _high_bit(value):
    return value.bit_length() - 1


def _bits(value):
    bit = 1
    while bit <= value:
        if value & bit:
            yield bit
        bit <<= 1


class _EnumDict(dict):
    # The namespace of an enum's class body: an auto() becomes its value as soon as it is
    # assigned, so later lines of the body can combine members (`RW = R | W`).
    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = {}  # a dict for its order and O(1) `in`, as CPython's
        self._last_values = []
        self._ignore = []

    def __setitem__(self, key, value):
        # (This module's own enums keep a few internal names in their bodies.)
        if (_is_sunder(key) and key not in _ENUM_SUNDER_NAMES
                and not _is_private(self._cls_name, key) and self.get('__module__') != 'enum'):
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                             % (key, ))
        if key == '_generate_next_value_':
            self._generate = getattr(value, '__func__', value)
        elif key == '_ignore_':
            # Names the body uses that are not members (a loop's variable); the class will
            # not have them either.
            value = _ignored_names(value)
            already = set(value) & set(self._member_names)
            if already:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (already, ))
            self._ignore = value
        elif key in self._ignore:
            pass
        elif key in self._member_names and not (_is_dunder(key) or _is_sunder(key)):
            # A member named twice, or a method over a member.
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif not (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key)
                  or _is_descriptor(value) or isinstance(value, (member, nonmember))):
            if key in self:
                # A member over a method (or another descriptor) of the same name.
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if _is_internal_class(self._cls_name, value):
                import warnings
                warnings.warn(
                    "In 3.13 classes created inside an enum will not become a member.  "
                    "Use the `member` decorator to keep the current behavior.",
                    DeprecationWarning,
                    stacklevel=2,
                )
            # `auto()` alone or inside a plain tuple (`A = auto(), "first"`): each auto() gets
            # the next value, and the auto values (not the tuple) are what later ones count
            # on. (Inline, not a helper: the generator's warning counts frames up to the body.)
            single = isinstance(value, auto)
            items = (value, ) if single else value
            if (self._generate is not None and type(items) is tuple
                    and any(isinstance(v, auto) for v in items)):
                resolved = []
                for item in items:
                    if isinstance(item, auto):
                        if item.value is _auto_null:
                            item.value = self._generate(key, 1, len(self._member_names),
                                                        self._last_values[:])
                        item = item.value
                        self._last_values.append(item)
                    resolved.append(item)
                value = resolved[0] if single else tuple(resolved)
            else:
                self._last_values.append(value)
            self._member_names[key] = None
        super().__setitem__(key, value)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        if bases and not isinstance(bases[-1], EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        generate = getattr(bases[-1], '_generate_next_value_', None) if bases else None
        return _EnumDict(cls, generate)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls._lookup_(value)
        return _create(cls, value, names, module, qualname, type, start, boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning,
                stacklevel=2,
            )
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __dir__(cls):
        # The class-level operations and the members, or with a data type (IntEnum) all that
        # type's names too. `__init_subclass__` is always listed: CPython tests it with `is`
        # against object's, which a fresh bound method never is.
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__',
                 '__qualname__'}
        names.update(cls._member_names_)
        if cls.__dict__.get('__new_member__') is not None:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getattr__(cls, name):
        # Reached once the class has no such attribute (or its descriptor refused, as
        # `Color.value` does): a member by that name, else the bare name as the error.
        if (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_'
                or name == '_member_map_'):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def __members__(cls):
        # A read-only live view, as CPython's.
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None
StrEnum = None


def _data_type(cls):
    # The member type: a built-in base, or the first mixin class in a base's chain that has a
    # __new__ of its own or is a dataclass (CPython's _find_data_type_); else object.
    for chain in cls.__bases__:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if base in (int, str, float):
                return base
            if isinstance(base, EnumType):
                if base.__dict__.get('_member_type_', object) is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                return candidate or base
            candidate = candidate or base
    return object


def _check_str_member(args):
    # StrEnum's member values are str()'s arguments, and must be strings.
    if len(args) > 3:
        raise TypeError('too many arguments for str(): %r' % (args, ))
    if len(args) == 1 and not isinstance(args[0], str):
        raise TypeError('%r is not a string' % (args[0], ))
    if len(args) >= 2 and not isinstance(args[1], str):
        raise TypeError('encoding must be a string, not %r' % (args[1], ))
    if len(args) == 3 and not isinstance(args[2], str):
        raise TypeError('errors must be a string, not %r' % (args[2], ))


def _has_own_new(dtype):
    return any('__new__' in base.__dict__ for base in dtype.__mro__ if base is not object)


def _member_candidates(cls):
    found = []
    for name, value in cls.__dict__.items():
        if _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name):
            continue
        if isinstance(value, nonmember):
            type.__setattr__(cls, name, value.value)
            continue
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            continue
        found.append((name, value))
    return found


def _member_new(cls):
    # A __new__ the enum or an enum mixin of it defines makes each member from its value's
    # arguments (EnumType's `_new_member_`, kept as `__new_member__`): HTTPStatus-style
    # `OK = 200, 'OK'`. Calling the class still looks a member up by value.
    for klass in cls.__mro__:
        if klass.__dict__.get('_internal_') or not issubclass(klass, Enum):
            continue
        new = klass.__dict__.get('__new_member__') or klass.__dict__.get('__new__')
        if new is not None:
            new = getattr(new, '__func__', new)
            type.__setattr__(cls, '__new_member__', new)
            return new
    return None


def _ignored_names(ignore):
    # `_ignore_` as a list: a string names them separated by spaces or commas.
    return ignore.replace(',', ' ').split() if isinstance(ignore, str) else list(ignore)


def _drop_ignored(cls):
    # CPython removes `_ignore_` and the names it lists from the namespace before it makes
    # the class; here the class exists already, so they go from it.
    ignore = cls.__dict__.get('_ignore_')
    if ignore is None:
        return
    for name in _ignored_names(ignore) + ['_ignore_']:
        if name in cls.__dict__:
            type.__delattr__(cls, name)


def _shadowed_properties(cls):
    # The properties of the class's bases by name, the first in MRO order: a member of such
    # a name (`name`, `value`) needs a redirect. Read once per class, not once per member.
    found = {}
    for base in cls.__mro__[1:]:
        for key, value in base.__dict__.items():
            if key not in found and isinstance(value, (property, _builtin_property)):
                found[key] = value
    return found


def _member_attribute(cls, name, member, shadowed):
    # What the class keeps under a member's name: the member, unless a base has a property
    # of that name. Then a redirect: the member through the class, the property's value
    # through a member (`N.name.name == 'name'`).
    found = shadowed.get(name)
    if found is None:
        return member
    redirect = property(found.fget, found.fset, found.fdel)
    redirect.__set_name__(cls, name)
    return redirect


def _set_empty_members(cls):
    # The module's own member-less bases (Enum, IntEnum, Flag, ...) answer the member
    # attributes as CPython's do (`IntEnum._member_type_` is int).
    type.__setattr__(cls, '_member_names_', [])
    type.__setattr__(cls, '_member_map_', {})
    type.__setattr__(cls, '_value2member_map_', {})
    type.__setattr__(cls, '_member_type_', _data_type(cls))


def _make_members(cls):
    _drop_ignored(cls)
    for base in cls.__mro__[1:]:
        if issubclass(base, Enum) and base.__dict__.get('_member_names_'):
            raise TypeError('<enum %r> cannot extend %r' % (cls.__name__, base))
    dtype = _data_type(cls)
    type.__setattr__(cls, '_member_names_', [])
    type.__setattr__(cls, '_member_map_', {})
    type.__setattr__(cls, '_value2member_map_', {})
    type.__setattr__(cls, '_member_type_', dtype)
    if '_value_repr_' not in cls.__dict__:
        for base in cls.__mro__[1:]:
            if '_value_repr_' in base.__dict__:
                break
        else:
            type.__setattr__(cls, '_value_repr_', None)
    if dtype not in (object, int, str, float):
        # A mixin's own __repr__/__str__/__format__ (a dataclass's) would hide the enum's:
        # the enum's come back, unless the class defines its own.
        enum_base = next(b for b in cls.__mro__[1:] if isinstance(b, EnumType))
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in cls.__dict__ and getattr(cls, name) is getattr(dtype, name, None):
                type.__setattr__(cls, name, getattr(enum_base, name))
    custom_new = _member_new(cls)
    shadowed = _shadowed_properties(cls)
    last_values = []
    candidates = _member_candidates(cls)
    invalid = {name for name, _ in candidates} & {'mro', ''}
    if invalid:
        raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in invalid))
    for name, value in candidates:
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(name, 1, len(last_values),
                                                        last_values[:])
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(cls._generate_next_value_(name, 1, len(last_values), last_values[:])
                          if isinstance(v, auto) else v for v in value)
        last_values.append(value)
        args = value if isinstance(value, tuple) else (value, )
        if custom_new is None and StrEnum is not None and issubclass(cls, StrEnum):
            _check_str_member(args)
        if custom_new is not None:
            new = custom_new(cls, *args)
        elif dtype is object:
            new = object.__new__(cls)
        elif dtype is tuple:
            new = dtype.__new__(cls, args)
        elif dtype in (int, str, float) or _has_own_new(dtype):
            new = dtype.__new__(cls, *args)
        else:
            # A mixin without a __new__ (a dataclass): object's, and __init__ fills it in.
            new = object.__new__(cls)
        if not hasattr(new, '_value_'):
            if dtype is object:
                new._value_ = value
            else:
                new._value_ = dtype(args) if dtype is tuple else dtype(*args)
        new._name_ = name
        new.__objclass__ = cls
        # As CPython, every member's __init__ runs with the value's arguments (Enum's own
        # accepts and ignores them; a mixin's sets the member's attributes).
        new.__init__(*args)
        new._sort_order_ = len(cls._member_names_)
        canonical = None
        for existing in cls._member_map_.values():
            if existing._value_ == new._value_:
                canonical = existing
                break
        if canonical is not None:
            new = canonical
        elif not (Flag is not None and issubclass(cls, Flag)) or _is_single_bit(new._value_):
            cls._member_names_.append(name)
        elif Flag is not None and issubclass(cls, Flag):
            # A multi-bit Flag value is an alias of the combination.
            pass
        type.__setattr__(cls, name, _member_attribute(cls, name, new, shadowed))
        cls._member_map_[name] = new
        try:
            cls._value2member_map_.setdefault(new._value_, new)
        except TypeError:
            pass
    if Flag is not None and issubclass(cls, Flag):
        _set_flag_masks(cls)
    _check_order(cls)


def _check_order(cls):
    # `_order_` (a list, or names in a string) must list the members as defined, leaving out
    # aliases and, for a Flag, combinations; it does not stay on the class.
    order = cls.__dict__.get('_order_')
    if order is None:
        return
    type.__delattr__(cls, '_order_')
    if isinstance(order, str):
        order = order.replace(',', ' ').split()
    members = cls._member_map_
    if Flag is not None and issubclass(cls, Flag):
        order = [o for o in order if o not in members or _is_single_bit(members[o]._value_)]
    order = [o for o in order if o not in members or o in cls._member_names_]
    if order and order != cls._member_names_:
        raise TypeError('member order does not match _order_:\n  %r\n  %r'
                        % (cls._member_names_, order))


def _set_flag_masks(cls):
    # Every member's bits (aliases too), the single-bit members' bits, and every bit up
    # to the highest one: what Flag._missing_ checks a value against.
    flag_mask = singles_mask = 0
    for m in cls._member_map_.values():
        flag_mask |= m._value_
        if _is_single_bit(m._value_):
            singles_mask |= m._value_
    type.__setattr__(cls, '_flag_mask_', flag_mask)
    type.__setattr__(cls, '_singles_mask_', singles_mask)
    type.__setattr__(cls, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
    type.__setattr__(cls, '_inverted_', None)


def _bin(num, max_bits):
    # Two's-complement binary with a sign group, as enum's own bin() prints it.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _iter_bits_lsb(num):
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def _is_single_bit(value):
    return value != 0 and value & (value - 1) == 0


def _create(cls, class_name, names, module, qualname, dtype, start, boundary):
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        original, names, last_values = names, [], []
        for count, name in enumerate(original):
            value = cls._generate_next_value_(name, start, count, last_values[:])
            last_values.append(value)
            names.append((name, value))
    items = names.items() if isinstance(names, dict) else names
    # The namespace a class body would fill, so that a name given twice fails alike.
    namespace = _EnumDict(class_name, getattr(cls, '_generate_next_value_', None))
    for item in items:
        if isinstance(item, str):
            name, value = item, names[item]
        else:
            name, value = item
        namespace[name] = value
    namespace['__module__'] = module if module is not None else '__main__'
    namespace['__qualname__'] = qualname if qualname is not None else class_name
    bases = (cls, ) if dtype is None else (dtype, cls)
    if boundary is None:
        return type(class_name, bases, namespace)
    return type(class_name, bases, namespace, boundary=boundary)


class property:
    # enum.property: a member's attribute through the member, a member of that name through
    # the class; read-only unless given a setter, with enum's own messages.

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is not None and self.fget is not None:
            return self.fget(instance)
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError(
                '%r has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                "<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                "<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)


class Enum(metaclass=EnumType):
    _value_repr_ = None

    def __init_subclass__(cls, boundary=None, **kwds):
        if boundary is not None:
            type.__setattr__(cls, '_boundary_', boundary)
        if cls.__dict__.get('_internal_', False):
            _set_empty_members(cls)
            return
        _make_members(cls)

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            # An unhashable value: only then a search by equality.
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            result = cls._missing_(value)
        except Exception as error:
            missing_error, result = error, None
        else:
            missing_error = None
        if isinstance(result, cls):
            return result
        # A Flag with the EJECT boundary gives an out-of-range value back as a plain int.
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if missing_error is None:
            if result is None:
                raise not_valid
            missing_error = TypeError('error in %s._missing_: returned %r instead of None or '
                                      'a valid member' % (cls.__name__, result))
        # What _missing_ raised (or returned wrongly) is reported as raised while handling
        # the value not being valid, as CPython's Enum.__new__ chains them.
        if not isinstance(missing_error, ValueError):
            missing_error.__context__ = not_valid
        raise missing_error

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # 3.11 moves to "the largest value plus one" and warns where that would differ from
        # "the latest value that supports + 1" (values that do not sort, or a newest value
        # that is not the largest), pointing at the `auto()` line of the class body.
        if not last_values:
            return start
        try:
            newest = last_values[-1]
            last_values.sort()
            if newest == last_values[-1]:
                return newest + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will require all values "
                "to be sortable and support adding +1\nand the value returned will be the "
                "largest value in the enum incremented by 1", DeprecationWarning, stacklevel=3)
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_, )

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        # The public names of the member's class and its bases (an enum property only when
        # no member shadows it), its own public attributes, and the dunders every member has;
        # with a data type (IntEnum), everything object.__dir__ lists too.
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if self._member_type_ is not object:
            # object.__dir__(self): the instance's dict and its classes' names. (The private
            # names of this enum implementation are not CPython's.)
            names.update(dir(self._member_type_))
            names.update(self.__dict__)
            for klass in type(self).__mro__:
                names.update(klass.__dict__)
        members = self._member_map_
        names.update(name for name in self.__dict__ if name[0] != '_' and name not in members)
        for klass in type(self).__mro__:
            for name, value in klass.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(value, (property, _builtin_property)):
                    if value.fget is not None or name not in members:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in members:
                    names.add(name)
        return sorted(names)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


_set_empty_members(Enum)


class ReprEnum(Enum):
    _internal_ = True

    def __str__(self):
        return str(self._value_) if self._member_type_ is not str else self._value_

    def __format__(self, format_spec):
        # CPython makes the data type's own __format__ the class's: errors name the enum.
        return self._member_type_.__format__(self, format_spec)

    def __hash__(self):
        return hash(self._value_)


class IntEnum(int, ReprEnum):
    _internal_ = True
    _value_repr_ = repr


class StrEnum(str, ReprEnum):
    _internal_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    _internal_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        # A combination of members, unknown bits handled by the class's boundary.
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = _composite_name(cls, value)
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    _numeric_repr_ = repr

    @classmethod
    def _iter_member_(cls, value):
        # The members of `value`'s bits, by value, or in definition order when the
        # members were not defined in increasing value.
        members = [cls._value2member_map_.get(bit)
                   for bit in _iter_bits_lsb(value & cls._flag_mask_)]
        values = [m._value_ for m in cls]
        if values != sorted(values):
            members.sort(key=lambda m: m._sort_order_)
        return iter(members)

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            self._inverted_ = inverted
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    _internal_ = True
    _value_repr_ = repr

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        # CPython makes the data type's own __format__ the class's: errors name the enum.
        return self._member_type_.__format__(self, format_spec)

    def __hash__(self):
        return hash(self._value_)


_BUILTIN_ENUMS = (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag)


def _composite_name(cls, value):
    # The names of the members whose bits are in `value` (single bits in definition order,
    # then multi-bit aliases that fit), and any bits no member has as a number; None when
    # no member fits.
    singles_mask = cls._singles_mask_
    member_value = value & singles_mask
    aliases = value & ~singles_mask
    if not (member_value or aliases):
        return None
    members = [m for m in cls._iter_member_(member_value)]
    combined = 0
    for m in members:
        combined |= m._value_
    if aliases:
        value = member_value | aliases
        for m in cls._member_map_.values():
            if m not in members and m._value_ and m._value_ & value == m._value_:
                members.append(m)
                combined |= m._value_
    if not combined:
        return None
    unknown = value ^ combined
    name = '|'.join([m._name_ for m in members])
    if unknown and cls._boundary_ is STRICT:
        raise ValueError('%r: no members with value %r' % (cls, unknown))
    if unknown:
        name += '|%s' % cls._numeric_repr_(unknown)
    return name


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary
Flag._boundary_ = STRICT
IntFlag._boundary_ = KEEP


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _aliases_of(enumeration):
    return [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]


class verify:
    # A class decorator checking an enum against EnumCheck constraints, with CPython's
    # messages.
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = _aliases_of(enumeration)
                if aliases:
                    details = ', '.join('%s -> %s' % pair for pair in aliases)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                _check_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration


def _check_continuous(enumeration, kind):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        wanted = [1 << bit for bit in range(_high_bit(low) + 1, _high_bit(high))]
    else:
        wanted = list(range(low + 1, high))
    missing = [v for v in wanted if v not in values]
    if missing:
        text = 'invalid %s %r: missing values %s' % (
            kind, enumeration.__name__, ', '.join(str(v) for v in missing))
        raise ValueError(text[:256])


def _check_named_flags(enumeration):
    canonical = {m.value for m in enumeration}
    missing_names = []
    missing_bits = 0
    for name, m in enumeration._member_map_.items():
        if name in enumeration._member_names_ or m.value < 0:
            continue
        unnamed = [bit for bit in _bits(m.value) if bit not in canonical]
        if unnamed:
            missing_names.append(name)
            for bit in unnamed:
                missing_bits |= bit
    if not missing_names:
        return
    if len(missing_names) == 1:
        alias = 'alias %s is missing' % missing_names[0]
    else:
        alias = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]),
                                                   missing_names[-1])
    if _is_single_bit(missing_bits):
        value = 'value 0x%x' % missing_bits
    else:
        value = 'combined values of 0x%x' % missing_bits
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, alias, value))
