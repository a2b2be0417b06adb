# Annotations that subscript library and built-in classes: each class's __class_getitem__
# makes a types.GenericAlias, so the def line runs as in CPython.
import collections
import dataclasses
import types
from collections import ChainMap


def lookup(cfg: ChainMap[str, int], key: str) -> int:
    return cfg[key]


def numbered(items: enumerate[str]) -> list:
    return list(items)


def frozen(view: types.MappingProxyType[str, int]) -> dict:
    return dict(view)


print(lookup(ChainMap({"a": 1}, {"b": 2}), "b"))
print(numbered(enumerate("xy")))
print(frozen(types.MappingProxyType({"k": 3})))
for alias in (
    ChainMap[str, int],
    enumerate[int],
    types.MappingProxyType[str, int],
    dataclasses.Field[int],
    collections.deque[int],
    collections.OrderedDict[str, int],
):
    print(alias, type(alias).__name__, alias.__origin__.__name__, alias.__args__)
print(lookup.__annotations__["cfg"])
print(types.MappingProxyType, types.MappingProxyType.__module__)
print(repr(types.MappingProxyType({"a": 1})))
for not_generic in (zip, map, filter, reversed):
    try:
        not_generic[int]
    except TypeError as e:
        print("TypeError:", e)
