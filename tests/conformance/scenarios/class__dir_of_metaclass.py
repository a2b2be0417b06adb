# dir() of a metaclass the program wrote lists its own and its bases' names with type's
# (type.__dir__), as registries and plugin tutorials print it.
class Meta(type):
    registry = []

    def hello(cls):
        return cls.__name__


class Sub(Meta):
    def extra(cls):
        pass


print(dir(Meta))
print([n for n in dir(Sub) if not n.startswith("__")], len(dir(Sub)) == len(dir(Meta)) + 1)
print(len(dir(type)), "hello" in dir(Meta))
