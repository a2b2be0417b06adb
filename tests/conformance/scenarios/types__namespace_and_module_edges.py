# SimpleNamespace takes keywords only, equality compares attributes, and a
# subclass keeps its own name in the repr. MappingProxyType is a read-only live view.
# ModuleType makes an empty module. Notice the errors.
import types

ns = types.SimpleNamespace(**{"a": 1}, b=2)
print(ns, ns == types.SimpleNamespace(a=1, b=2), ns != types.SimpleNamespace(a=1))


class Config(types.SimpleNamespace):
    pass


print(Config(x=1), types.SimpleNamespace())
backing = {"k": 1}
view = types.MappingProxyType(backing)
backing["j"] = 2
print(view, len(view), list(view), "j" in view, view.get("q", 0), repr(view))
mod = types.ModuleType("tools", "Useful tools.")
print(mod.__name__, mod.__doc__, mod)
print(type(lambda: 0) is types.FunctionType, types.LambdaType is types.FunctionType)
print(isinstance(print, types.BuiltinFunctionType), types.NoneType, types.EllipsisType)
for bad in (lambda: view.__setitem__("x", 1), lambda: types.MappingProxyType([1]),
            lambda: types.SimpleNamespace(1, 2)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
