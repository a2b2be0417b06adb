"""Case-insensitive multi-dicts for headers, as the `multidict` package aiohttp uses gives
them: insertion order kept, a key may repeat, lookups ignore case, keys keep the case they
were added with. `CIMultiDictProxy` is the read-only view responses hand out."""


class CIMultiDict:
    def __init__(self, *args, **kwargs):
        self._items = []
        if len(args) > 1:
            raise TypeError(f"CIMultiDict takes at most 1 positional argument ({len(args)} given)")
        if args or kwargs:
            self.extend(*args, **kwargs)

    @staticmethod
    def _pairs(arg):
        if isinstance(arg, (CIMultiDict, CIMultiDictProxy)):
            return list(arg.items())
        if hasattr(arg, "items"):
            return list(arg.items())
        return [tuple(p) for p in arg]

    def extend(self, *args, **kwargs):
        for arg in args:
            for k, v in self._pairs(arg):
                self.add(k, v)
        for k, v in kwargs.items():
            self.add(k, v)

    def update(self, *args, **kwargs):
        pairs = []
        for arg in args:
            pairs.extend(self._pairs(arg))
        pairs.extend(kwargs.items())
        for k, v in pairs:
            self[k] = v

    def add(self, key, value):
        if not isinstance(key, str):
            raise TypeError("MultiDict keys should be either str or subclasses of str")
        self._items.append((key, value))

    def _find(self, key):
        low = key.lower()
        return [i for i, (k, _) in enumerate(self._items) if k.lower() == low]

    def __getitem__(self, key):
        for k, v in self._items:
            if k.lower() == key.lower():
                return v
        raise KeyError(key)

    def __setitem__(self, key, value):
        found = self._find(key)
        if not found:
            self._items.append((key, value))
            return
        self._items[found[0]] = (key, value)
        for i in reversed(found[1:]):
            del self._items[i]

    def __delitem__(self, key):
        found = self._find(key)
        if not found:
            raise KeyError(key)
        for i in reversed(found):
            del self._items[i]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def getone(self, key, *default):
        try:
            return self[key]
        except KeyError:
            if default:
                return default[0]
            raise

    def getall(self, key, *default):
        values = [v for k, v in self._items if k.lower() == key.lower()]
        if values:
            return values
        if default:
            return default[0]
        raise KeyError(key)

    def pop(self, key, *default):
        found = self._find(key)
        if not found:
            if default:
                return default[0]
            raise KeyError(key)
        value = self._items[found[0]][1]
        del self._items[found[0]]
        return value

    def popall(self, key, *default):
        try:
            values = self.getall(key)
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return values

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self.add(key, default)
        return default

    def copy(self):
        return CIMultiDict(self._items)

    def clear(self):
        self._items = []

    def __contains__(self, key):
        return isinstance(key, str) and any(k.lower() == key.lower() for k, _ in self._items)

    def __iter__(self):
        return iter([k for k, _ in self._items])

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [k for k, _ in self._items]

    def values(self):
        return [v for _, v in self._items]

    def items(self):
        return list(self._items)

    def __eq__(self, other):
        if isinstance(other, (CIMultiDict, CIMultiDictProxy)):
            mine = [(k.lower(), v) for k, v in self._items]
            theirs = [(k.lower(), v) for k, v in other.items()]
            return mine == theirs
        if isinstance(other, dict):
            return len(self) == len(other) and all(
                k in self and self[k] == v for k, v in other.items())
        return NotImplemented

    def _body_repr(self):
        return ", ".join(f"{k!r}: {v!r}" for k, v in self._items)

    def __repr__(self):
        return f"<{type(self).__name__}({self._body_repr()})>"


class CIMultiDictProxy:
    def __init__(self, arg):
        if not isinstance(arg, (CIMultiDict, CIMultiDictProxy)):
            raise TypeError(
                f"ctor requires CIMultiDict or CIMultiDictProxy instance, not {type(arg)}")
        self._md = arg._md if isinstance(arg, CIMultiDictProxy) else arg

    def __getitem__(self, key):
        return self._md[key]

    def get(self, key, default=None):
        return self._md.get(key, default)

    def getone(self, key, *default):
        return self._md.getone(key, *default)

    def getall(self, key, *default):
        return self._md.getall(key, *default)

    def __contains__(self, key):
        return key in self._md

    def __iter__(self):
        return iter(self._md)

    def __len__(self):
        return len(self._md)

    def keys(self):
        return self._md.keys()

    def values(self):
        return self._md.values()

    def items(self):
        return self._md.items()

    def copy(self):
        return self._md.copy()

    def __eq__(self, other):
        return self._md == other

    def __repr__(self):
        return f"<CIMultiDictProxy({self._md._body_repr()})>"
