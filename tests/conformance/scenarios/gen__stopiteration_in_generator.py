# Since Python 3.7 a StopIteration escaping from a generator's body becomes a RuntimeError
# (PEP 479), so a forgotten next() on an empty iterator cannot silently end a loop.
# This one is not caught: notice the two chained tracebacks.
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))


print(list(first_items(["ab", [1, 2]])))
for item in first_items(["xy", [], "z"]):
    print("item", item)
