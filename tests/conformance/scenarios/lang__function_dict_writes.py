# A function's __dict__ is its attribute namespace: writes and deletions through it (the
# "function attribute" idioms) are the function's attributes.
def counter():
    counter.calls += 1

counter.__dict__["calls"] = 0
counter()
counter()
print(counter.calls, counter.__dict__)
vars(counter).update(label="c")
print(counter.label, sorted(vars(counter)))
def memo():
    pass
memo.__dict__.setdefault("cache", []).append(1)
memo.__dict__.setdefault("cache", []).append(2)
print(memo.cache)
del memo.__dict__["cache"]
print(hasattr(memo, "cache"), memo.__dict__)
def tagged():
    pass
tagged.__dict__.pop("missing", None)
tagged.x = 1
d = tagged.__dict__
d.clear() if False else None
print(d, tagged.__name__ in d)
