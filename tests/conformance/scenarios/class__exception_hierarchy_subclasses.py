# The built-in exception hierarchy walked through __subclasses__(), as exercises print it:
# built-in subclasses in CPython's order, then the program's own.
def tree(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        if sub.__module__ == "builtins":
            tree(sub, depth + 1)
tree(BaseException)
print(int.__subclasses__()[:1])
class MyErr(ValueError): pass
print([c.__name__ for c in ValueError.__subclasses__() if c.__module__ in ("builtins", "__main__")])
