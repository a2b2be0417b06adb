# types.SimpleNamespace is a plain object whose attributes come from keyword arguments;
# it prints them and compares by value. The types module also names the built-in types of
# functions, coroutines and generators, for isinstance checks.
import asyncio
import inspect
import types

cfg = types.SimpleNamespace(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg.port, vars(cfg))
print(cfg == types.SimpleNamespace(host="localhost", port=8080, debug=True))
del cfg.debug
print(repr(cfg), hasattr(cfg, "debug"))


async def job():
    await asyncio.sleep(0)
    return 1


def gen():
    yield 1


async def agen():
    yield 1


coro = job()
print(isinstance(coro, types.CoroutineType), isinstance(gen(), types.GeneratorType))
print(isinstance(agen(), types.AsyncGeneratorType), isinstance(job, types.FunctionType))
print(type(job).__name__, type(coro).__name__, types.CoroutineType.__name__)
print(asyncio.iscoroutine(coro), inspect.isawaitable(coro), inspect.iscoroutinefunction(job))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(asyncio.run(coro))
ro = types.MappingProxyType({"a": 1})
print(ro, ro["a"], type(ro).__name__)
try:
    ro["b"] = 2
except TypeError as e:
    print("TypeError:", e)
m = types.ModuleType("plugin")
m.answer = 42
print(m, m.answer, m.__name__)
