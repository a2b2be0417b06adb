# A module's namespace: the dunders CPython puts in __main__'s globals (in their order),
# vars() of a fresh types.ModuleType, and module.__dict__ as a live view that writes
# through both ways. __loader__ and __spec__ of __main__ run as a script are None.
import types

print(list(globals()))
print(__name__, __doc__, __package__, __loader__, __spec__)
print(type(__builtins__).__name__, __builtins__.__name__)

m = types.ModuleType("plugin", "A plugin.")
print(list(vars(m)))
print(m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__)
print(vars(m) is m.__dict__)

m.version = 3
print(m.__dict__["version"])
m.__dict__["answer"] = 42
print(m.answer, "answer" in dir(m))
del m.__dict__["version"]
print(hasattr(m, "version"))
try:
    m.version
except AttributeError as exc:
    print("AttributeError:", exc)

g = globals()
g["late"] = "set through globals()"
print(late)
print([k for k in globals() if not k.startswith("__")])


def shows_its_module():
    return shows_its_module.__globals__ is globals()


print(shows_its_module(), shows_its_module.__module__)
