# Closures capture variables, not values: functions made in a loop all see the loop
# variable's final value (late binding) unless a default argument freezes it. Several
# closures made by one call share the same cell, so a change through one is seen by all.
makers = [lambda: i for i in range(3)]
print([m() for m in makers])
frozen = [lambda i=i: i for i in range(3)]
print([m() for m in frozen])
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    def reset():
        nonlocal count
        count = start
    return increment, peek, reset
inc, peek, reset = make_counter(10)
inc()
inc(5)
print(peek(), inc(), peek())
reset()
print(peek())
inc2, peek2, _ = make_counter()
inc2()
print(peek(), peek2())
def outer():
    x = "first"
    def show():
        return x
    x = "second"
    result = show()
    x = "third"
    return result, show()
print(outer())
def adders():
    fns = []
    for n in range(3):
        def add(v, n=n):
            return v + n
        fns.append(add)
    return fns
print([f(100) for f in adders()])
def nested():
    level = 1
    def middle():
        def inner():
            return level * 10
        return inner
    level = 2
    return middle()()
print(nested())
print(inc.__name__, inc.__qualname__, peek.__closure__ is not None, make_counter.__closure__)
def unbound_cell():
    def use():
        return value
    try:
        print(use())
    except NameError as e:
        print("NameError:", e)
    value = 1
    return use()
print(unbound_cell())
