# Closures remember variables from the function that created them. `nonlocal` lets an
# inner function rebind such a variable; `global` rebinds a module-level name.
# Notice each counter keeps its own count while `calls` is shared by all.
calls = 0


def make_counter(start, step=1):
    count = start

    def tick():
        nonlocal count
        global calls
        calls += 1
        count += step
        return count

    return tick


a = make_counter(0)
b = make_counter(100, step=10)
print(a(), a(), b(), a(), b())
print("calls:", calls)
adders = [lambda x, n=n: x + n for n in range(3)]
print("defaults freeze n:", [f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print("late binding sees the last n:", [f(10) for f in late])
