# cls.__subclasses__() lists the live classes made with cls among their direct bases, in
# creation order (a plugin registry's classic trick); a metaclass reaches type's method
# unbound; metaclass properties and methods serve the class.
class Plugin:
    pass


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


class PrettyJson(Json):
    pass


print(Plugin.__subclasses__(), Json.__subclasses__(), PrettyJson.__subclasses__())
print([c.__name__ for c in Plugin.__subclasses__()], object.__subclasses__ is not None)


def all_plugins(cls):
    for sub in cls.__subclasses__():
        yield sub.__name__
        yield from all_plugins(sub)


print(list(all_plugins(Plugin)))


class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"

    @property
    def kind(cls):
        return cls.__name__.lower()

    def describe(cls):
        return "class " + cls.__name__


class X(metaclass=Meta):
    pass


print(X, X.kind, X.describe(), type(X), type.__subclasses__(Meta), Meta.__subclasses__(X))
try:
    Meta.__subclasses__()
except TypeError as e:
    print("TypeError:", e)
