# A generator's `return value` ends it and travels in StopIteration.value; `yield from`
# passes values (and send/throw) through to a sub-generator and evaluates to its return
# value. Notice the delegating generator sees only the final result.
def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("  inner received", received)
    return f"inner done after {n}"


def outer():
    result = yield from inner(3)
    print("  outer got:", result)
    more = yield from ["a", "b"]
    print("  list delegation result:", more)
    return "outer finished"


gen = outer()
print(next(gen), gen.send("hello"), next(gen))
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration value:", stop.value, "args:", stop.args)
print(list(outer()))
print(next(iter(outer())), next(inner(0), "default"), next(iter([]), None))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", range(2), (x * x for x in [3, 4]), {"k": 1})))
def counter():
    count = 0
    while True:
        step = yield count
        count += step if step is not None else 1
c = counter()
print([next(c), c.send(10), next(c), c.send(-5)])
def empty():
    return "nothing"
    yield
e = empty()
try:
    next(e)
except StopIteration as s:
    print("empty generator returned", repr(s.value))
try:
    next(e)
except StopIteration as s:
    print("exhausted again:", repr(s.value))
finished = inner(1)
print(list(finished))
def reuse():
    again = yield from finished
    print("  delegating to an exhausted generator returns", again)
    yield "after"
print(list(reuse()))
