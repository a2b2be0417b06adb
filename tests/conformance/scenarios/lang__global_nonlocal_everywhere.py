# `global` and `nonlocal` through several levels: a nonlocal in a doubly nested function
# reaches the nearest enclosing binding; a global declared inside a nested function or a
# class body rebinds the module name; comprehensions read enclosing cells.
# Notice which value each print sees.
level = "module"


def outer():
    level = "outer"
    seen = []

    def middle():
        def inner():
            nonlocal level
            level = "set by inner"
            seen.append([level for _ in range(2)])

        inner()
        return level

    result = middle()
    return result, level, seen


print(outer(), level)


def rebind_global():
    def deep():
        global level
        level = "set by deep"

    deep()


rebind_global()
print(level)


class Settings:
    global level
    level = "set in class body"
    mode = level


print(level, Settings.mode, hasattr(Settings, "level"))


def counter_factory():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = counter_factory()
inc()
inc()
print(get())


def shadow():
    x = 1

    def f():
        x = 2

        def g():
            nonlocal x
            x += 10
            return x

        return g(), x

    return f(), x


print(shadow())


def unbound_nonlocal():
    def read():
        return value

    try:
        read()
    except NameError as e:
        print("NameError:", e)
    value = 5
    return read()


print(unbound_nonlocal())


def local_before_assignment():
    try:
        print(level)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    level = "local"


local_before_assignment()
