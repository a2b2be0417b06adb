# A comprehension is a function of its own, so what it defines is named after it: CPython
# writes `<locals>` only under a function or lambda, never under a comprehension, so a lambda
# in a list comprehension in a list comprehension is `<listcomp>.<listcomp>.<lambda>`.
g = lambda: [(lambda: 1) for _ in [1]][0]
print(g().__qualname__)
print([[(lambda: 0).__qualname__ for _ in [1]] for _ in [1]])


def f():
    return {k: [(lambda: 0).__qualname__ for _ in [1]] for k in [1]}


print(f())
print([x for x in [(y for y in [1])]][0].__qualname__)
print({n: (lambda: n).__qualname__ for n in "ab"})
