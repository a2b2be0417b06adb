"""Weak references (CPython's `weakref` and `_weakrefset`, written for Loopscope).

`ref` and the counting functions are the native `_weakref`. The containers here drop an
entry once its object is gone: CPython removes it from a callback at the moment the object
dies; these prune dead entries before every look at their contents, which shows the same
thing at every point a program can look (and works for every kind of object, where callbacks
only run for instances of Python classes).
"""

import itertools
import sys
from collections.abc import MutableMapping, MutableSet

from _weakref import getweakrefcount, getweakrefs, proxy, ref

ReferenceType = ref

__all__ = [
    "ref",
    "proxy",
    "getweakrefcount",
    "getweakrefs",
    "WeakKeyDictionary",
    "ReferenceType",
    "ProxyType",
    "CallableProxyType",
    "ProxyTypes",
    "WeakValueDictionary",
    "WeakSet",
    "WeakMethod",
    "finalize",
]


class WeakMethod(ref):
    """A weak reference to a bound method, alive while both its object and its function
    are; calling it rebuilds the bound method."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def _died(arg):
            self = self_ref()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _died)
        # A function's death runs no callback here: its reference only answers None.
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _prune(self):
        dead = [key for key, wr in self.data.items() if wr() is None]
        for key in dead:
            del self.data[key]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        self._prune()
        del self.data[key]

    def __len__(self):
        self._prune()
        return len(self.data)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._prune()
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, _ in self.items():
            yield k

    __iter__ = keys

    def itervaluerefs(self):
        self._prune()
        yield from list(self.data.values())

    def valuerefs(self):
        self._prune()
        return list(self.data.values())

    def values(self):
        for _, v in self.items():
            yield v

    def popitem(self):
        self._prune()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = ref(default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self.data[key] = ref(o)
        for key, o in kwargs.items():
            self.data[key] = ref(o)

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _prune(self):
        dead = [wr for wr in self.data if wr() is None]
        for wr in dead:
            del self.data[wr]

    def __delitem__(self, key):
        self._prune()
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        self._prune()
        return len(self.data)

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._prune()
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for k, _ in self.items():
            yield k

    __iter__ = keys

    def values(self):
        for _, v in self.items():
            yield v

    def keyrefs(self):
        self._prune()
        return list(self.data)

    def popitem(self):
        self._prune()
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._prune()
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self.data[ref(key)] = value
        if kwargs:
            self.update(kwargs)

    def __or__(self, other):
        if isinstance(other, (type({}), MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakSet:
    """A set whose members are held weakly: a member goes when it dies."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def _prune(self):
        self.data -= {wr for wr in self.data if wr() is None}

    def __iter__(self):
        self._prune()
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        self._prune()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._prune()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        self._prune()
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        self._prune()
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        self._prune()
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        self._prune()
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        self._prune()
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        self._prune()
        return repr(self.data)

    __hash__ = None


MutableSet.register(WeakSet)


class finalize:
    """Calls `func(*args, **kwargs)` once `obj` dies, unless called or detached first."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    # New finalizers were made since the exit function last chose what to call.
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            # At exit the finalizers still pending are called (those whose `atexit` is true).
            import atexit

            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """Calls the function now, if that has not happened yet; returns what it returns."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Forgets the call and returns `(obj, func, args, kwargs)`, or None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """`(obj, func, args, kwargs)` while the call is still to come, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return (
            f"<{type(self).__name__} object at {id(self):#x}; "
            f"for {type(obj).__name__!r} at {id(obj):#x}>"
        )

    @classmethod
    def _select_for_exit(cls):
        chosen = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        chosen.sort(key=lambda item: item[1].index)
        return [f for (f, i) in chosen]

    @classmethod
    def _exitfunc(cls):
        # Newest first; a finalizer made meanwhile is picked up by choosing again.
        try:
            pending = None
            while cls._registry:
                if pending is None or finalize._dirty:
                    pending = cls._select_for_exit()
                    finalize._dirty = False
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception:
                    import traceback

                    traceback.print_exception(*sys.exc_info())
        finally:
            finalize._shutdown = True
