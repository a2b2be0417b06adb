# collections: namedtuple, OrderedDict, Counter and ChainMap in Python (as CPython's
# collections/__init__.py), with deque and defaultdict from the native _collections.

from _collections import deque, defaultdict
from operator import itemgetter as _itemgetter

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

# collections.abc is not imported here (its classes cost more to build than the rest of
# the module): it registers deque and ChainMap itself when a program imports it.


def _recursive_repr(fillvalue='...'):
    # reprlib.recursive_repr, as CPython's collections uses; reprlib is imported on the first
    # repr, not here, since nearly every program imports collections and few print one.
    def decorating_function(user_function):
        guarded = None

        def wrapper(self):
            nonlocal guarded
            if guarded is None:
                from reprlib import recursive_repr
                guarded = recursive_repr(fillvalue)(user_function)
            return guarded(self)

        for attribute in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attribute, getattr(user_function, attribute))
        return wrapper

    return decorating_function


def _is_mapping(obj):
    return isinstance(obj, dict) or hasattr(type(obj), 'keys')

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield'])


################################################################################
### OrderedDict
################################################################################

class _odict_view:
    # The views of an OrderedDict (CPython's odict_keys/odict_values/odict_items): live,
    # in the dict's order, with their own repr.
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(list(self))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class _odict_set_view(_odict_view):
    # The keys and items views are sets, as the dict_keys/dict_items they subclass in
    # CPython: the set operators take any iterable and give a set; comparisons want a set
    # or a view.
    def __and__(self, other):
        return set(self) & set(other)

    def __rand__(self, other):
        return set(other) & set(self)

    def __or__(self, other):
        return set(self) | set(other)

    def __ror__(self, other):
        return set(other) | set(self)

    def __sub__(self, other):
        return set(self) - set(other)

    def __rsub__(self, other):
        return set(other) - set(self)

    def __xor__(self, other):
        return set(self) ^ set(other)

    def __rxor__(self, other):
        return set(other) ^ set(self)

    def _comparable(self, other):
        return isinstance(other, (set, frozenset, _odict_set_view, type({}.keys()),
                                  type({}.items())))

    def __lt__(self, other):
        return set(self) < set(other) if self._comparable(other) else NotImplemented

    def __le__(self, other):
        return set(self) <= set(other) if self._comparable(other) else NotImplemented

    def __gt__(self, other):
        return set(self) > set(other) if self._comparable(other) else NotImplemented

    def __ge__(self, other):
        return set(self) >= set(other) if self._comparable(other) else NotImplemented

    def isdisjoint(self, other):
        return set(self).isdisjoint(other)


class odict_keys(_odict_set_view):
    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return set(self) == set(other)


class odict_values(_odict_view):
    def __iter__(self):
        return iter(dict.values(self._mapping))


class odict_items(_odict_set_view):
    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __contains__(self, item):
        key, value = item
        return key in self._mapping and self._mapping[key] == value

    def __eq__(self, other):
        return set(self) == set(other)


_NO_KEY = object()


def _odict_update(self, other, kwds):
    # CPython's `mutablemapping_update`: every pair goes through the (subclass's) __setitem__,
    # reading a mapping through its keys() and __getitem__.
    if type(other) is dict:
        pairs = list(other.items())
    elif hasattr(other, 'keys'):
        for key in other.keys():
            self[key] = other[key]
        pairs = ()
    elif hasattr(other, 'items'):
        pairs = other.items()
    else:
        pairs = other
    for pair in pairs:
        key, value = iter(pair)
        self[key] = value
    for key, value in kwds.items():
        self[key] = value


def _odict_merged(cls, first, second):
    # `first | second` with an OrderedDict on either side (CPython's `odict_or`): that
    # OrderedDict's class made from `first`, then updated with `second`.
    new = cls(first)
    _odict_update(new, second, {})
    return new


class OrderedDict(dict):
    # A plain dict keeps insertion order already; moving a key to the front rebuilds it. As
    # CPython's C OrderedDict, the methods that work on the order itself (move_to_end,
    # popitem, ==) never call a subclass's overrides; those that store pairs (the
    # constructor, update, setdefault, copy, |) go through its __setitem__.

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        _odict_update(self, args[0] if args else (), kwds)

    def update(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'update() takes at most 1 positional argument ({len(args)} given)')
        _odict_update(self, args[0] if args else (), kwds)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(dict.items(self)))

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        order = dict.keys(self)
        key = next(reversed(order)) if last else next(iter(order))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        if not dict.__contains__(self, key):
            # The C code's PyErr_SetObject: a tuple key is the error's arguments.
            raise KeyError(*key) if type(key) is tuple else KeyError(key)
        value = dict.get(self, key)
        if last:
            dict.__delitem__(self, key)
            dict.__setitem__(self, key, value)
        else:
            rest = [(k, v) for k, v in dict.items(self) if k != key]
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def setdefault(self, key, default=None):
        if type(self) is OrderedDict:
            return dict.setdefault(self, key, default)
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __reversed__(self):
        return reversed(dict.keys(self))

    def copy(self):
        new = type(self)()
        if type(self) is OrderedDict:
            dict.update(new, self)
        elif type(self).__getitem__ is dict.__getitem__:
            for key in list(dict.keys(self)):
                new[key] = self[key]
        else:
            # CPython walks its linked list live: a `__getitem__` that moves the key (an LRU
            # recipe) ends the walk early. Each step goes to the key now after this one.
            key = next(iter(dict.keys(self)), _NO_KEY)
            while key is not _NO_KEY:
                new[key] = self[key]
                order = list(dict.keys(self))
                at = order.index(key) + 1 if key in order else len(order)
                key = order[at] if at < len(order) else _NO_KEY
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        return _odict_merged(type(self), self, other)

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        return _odict_merged(type(self), other, self)

    def __ior__(self, other):
        _odict_update(self, other, {})
        return self

    __hash__ = None


################################################################################
### namedtuple
################################################################################

class _tuplegetter:
    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '%s(%d, %r)' % (type(self).__name__, self._index, self.__doc__)


def _quoted_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _bind_fields(qualname, field_names, defaults, args, kwds):
    # What calling CPython's generated `def __new__(_cls, a, b=...)` checks, with its messages.
    n = len(field_names)
    if len(args) > n:
        low = n - len(defaults) + 1
        given = len(args) + 1
        if low == n + 1:
            raise TypeError('%s() takes %d positional argument%s but %d %s given'
                            % (qualname, n + 1, '' if n == 0 else 's', given,
                               'was' if given == 1 else 'were'))
        raise TypeError('%s() takes from %d to %d positional arguments but %d were given'
                        % (qualname, low, n + 1, given))
    values = list(args)
    for name in kwds:
        if name not in field_names:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, name))
        if field_names.index(name) < len(args):
            raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
    missing = []
    first_default = n - len(defaults)
    for i in range(len(args), n):
        name = field_names[i]
        if name in kwds:
            values.append(kwds[name])
        elif i >= first_default:
            values.append(defaults[i - first_default])
        else:
            missing.append(name)
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's',
                           _quoted_list(missing)))
    return tuple(values)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r'
                             % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    else:
        defaults = ()
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'
    tuple_new = tuple.__new__
    new_qualname = typename + '.__new__'

    def __new__(_cls, *args, **kwds):
        return tuple_new(_cls, _bind_fields(new_qualname, field_names, defaults, args, kwds))

    __new__.__qualname__ = new_qualname
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    if defaults:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__
    _replace.__qualname__ = typename + '._replace'

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    if module is not None:
        namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        # heapq.nlargest, as CPython's: its checks of n come first (most_common('2')).
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        # An itertools.chain, as CPython's (its repr and type show).
        from itertools import chain, repeat, starmap
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### ChainMap
################################################################################

class ChainMap:
    # CPython's ChainMap subclasses MutableMapping; here it has the mixin methods itself
    # and collections.abc registers it.
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    # ChainMap[str, int] in annotations: a types.GenericAlias (types imported only when used).
    @classmethod
    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def keys(self):
        from collections.abc import KeysView
        return KeysView(self)

    def items(self):
        from collections.abc import ItemsView
        return ItemsView(self)

    def values(self):
        from collections.abc import ValuesView
        return ValuesView(self)

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return self.__class__(merged)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self
