# The dunder methods of set and frozenset can be called by name, and bound ones passed
# around like any function: `allowed.__contains__` as a filter predicate.
allowed = frozenset({"GET", "HEAD", "POST"})
requests = ["GET", "PUT", "POST", "DELETE", "HEAD"]
print(list(filter(allowed.__contains__, requests)))
print(allowed.__contains__("GET"), frozenset.__contains__(allowed, "PATCH"))
seen = {3, 1, 2}
print(seen.__len__(), sorted(seen.__iter__()), set.__contains__(seen, 2))
print(list(map(seen.__contains__, range(5))))
print(seen.__eq__({1, 2, 3}), seen.__eq__([1, 2, 3]), seen.__ne__({1}))
print(seen.__le__({1, 2, 3, 4}), allowed.__ge__({"GET"}), seen.__lt__(seen), seen.__gt__({1}))
print(allowed.__hash__() == hash(allowed), seen.__hash__ is None, [].__hash__ is None)
print(seen.__sub__({1}), allowed.__or__({"PUT"}) == allowed | {"PUT"}, seen.__and__([1]))
print(seen.__repr__(), frozenset({7}).__repr__(), frozenset.__len__(allowed))
try:
    seen.__contains__([])
except TypeError as e:
    print("TypeError:", e)
