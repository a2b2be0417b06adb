# abc: abstract base classes. CPython's ABCMeta is a metaclass; Loopscope's ABC keeps the
# same bookkeeping in __init_subclass__ instead: __abstractmethods__ (which object.__new__
# checks, with CPython's "Can't instantiate abstract class" message), register() for
# virtual subclasses, and __subclasshook__, consulted by isinstance/issubclass through
# _abc_subclasscheck.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return getattr(value, '__isabstractmethod__', False) is True


def _raw_attr(cls, name):
    # The attribute as stored (a classmethod object, not the bound method getattr gives).
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _abc_init(cls):
    abstracts = [name for name, value in cls.__dict__.items() if _is_abstract(value)]
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if name not in abstracts and _is_abstract(_raw_attr(cls, name)):
                abstracts.append(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    cls._abc_registry = []
    cls._abc_subclasses = []


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    _abc_init(cls)
    return cls


class ABC:
    __slots__ = ()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        _abc_init(cls)
        for base in cls.__bases__:
            known = base.__dict__.get('_abc_subclasses')
            if known is not None:
                known.append(cls)

    @classmethod
    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        # CPython asks issubclass(subclass, cls) here; a real subclass or one registered
        # already is the cheap part of that answer (registering twice changes nothing).
        if cls in subclass.__mro__ or subclass in cls._abc_registry:
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        return subclass

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    @classmethod
    def _abc_subclasscheck(cls, subclass):
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        for sub in cls._abc_subclasses:
            if issubclass(subclass, sub):
                return True
        return False


ABC.__abstractmethods__ = frozenset()
ABC._abc_registry = []
ABC._abc_subclasses = []


def get_cache_token():
    return 0
