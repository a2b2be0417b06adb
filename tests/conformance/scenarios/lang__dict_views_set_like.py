# Dict views: keys and items views are set-like (isdisjoint, operators, collections.abc.Set
# and KeysView/ItemsView), every view is reversible (3.8+), and they stay live.
import collections.abc as cabc

stock = {"apples": 3, "pears": 0, "plums": 7}
keys, values, items = stock.keys(), stock.values(), stock.items()
print(keys.isdisjoint({"kiwis"}), keys.isdisjoint(["pears", "figs"]), items.isdisjoint([("plums", 7)]))
print(keys & {"plums", "figs"}, sorted(keys | {"figs"}), keys - {"pears"}, keys ^ {"pears", "figs"})
print(list(reversed(keys)), list(reversed(values)), list(reversed(items)))
print(isinstance(keys, cabc.Set), isinstance(items, cabc.Set), isinstance(values, cabc.Set))
print(isinstance(keys, cabc.KeysView), isinstance(values, cabc.ValuesView), isinstance(items, cabc.ItemsView))
print(isinstance(keys, cabc.Iterable), isinstance(values, cabc.Sized), issubclass(type(items), cabc.MappingView))
stock["figs"] = 1
del stock["pears"]
print(list(keys), list(values), len(items), ("figs", 1) in items)
try:
    keys.isdisjoint(5)
except TypeError as e:
    print("TypeError:", e)
