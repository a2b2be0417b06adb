# Metaclasses that make classes: __prepare__ gives the body's namespace, __new__ builds the
# class (super().__new__ is type.__new__), __init__ runs after it, class keywords reach all
# three and __init_subclass__, and __call__ controls making instances (a singleton).
class Registry(type):
    classes = []

    @classmethod
    def __prepare__(mcs, name, bases, **kwds):
        print("prepare", name, kwds)
        return {"created_by": mcs.__name__}

    def __new__(mcs, name, bases, namespace, **kwds):
        print("new", name, [b.__name__ for b in bases], sorted(namespace))
        cls = super().__new__(mcs, name, bases, namespace)
        mcs.classes.append(cls)
        return cls

    def __init__(cls, name, bases, namespace, **kwds):
        super().__init__(name, bases, namespace)
        cls.kind = kwds.get("kind", "plain")


class Base(metaclass=Registry, kind="root"):
    def hello(self):
        return f"hello from {type(self).__name__}"


class Child(Base):
    x = 1


print(Registry.classes, Base.kind, Child.kind, Child.created_by)
print(type(Child), isinstance(Child, Registry), Child().hello())
Dynamic = Registry("Dynamic", (Child,), {"y": 2})
print(Dynamic.y, Dynamic.x, type(Dynamic).__name__, Dynamic.__mro__)


class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_instance" not in cls.__dict__:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self, name):
        print("Config init", name)
        self.name = name


print(Config("a") is Config("b"), Config("c").name)


class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()


class Csv(Plugin, name="csv-reader"):
    pass


print(Csv.plugin_name, type("T", (Plugin,), {}, name="t").plugin_name)
