# A closure's cells: f.__closure__ holds one cell per free variable; cell_contents reads the
# value the closure sees now, and an empty cell (not yet assigned) raises ValueError.
def make_counter():
    count = 0
    step = 2

    def bump():
        nonlocal count
        count += step
        return count

    return bump


bump = make_counter()
cells = bump.__closure__
print(type(cells).__name__, len(cells), type(cells[0]).__name__)
print(bump.__code__.co_freevars, [c.cell_contents for c in cells])
bump()
bump()
print([c.cell_contents for c in cells])


def late():
    def inner():
        return value

    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = 42
    print(cell.cell_contents, inner())


late()


def order():
    zeta, alpha, mid = "z", "a", "m"

    def uses():
        return mid + zeta + alpha

    return uses


uses = order()
print(uses.__code__.co_freevars, order.__code__.co_cellvars)
print([c.cell_contents for c in uses.__closure__], uses())
print(len.__closure__ if hasattr(len, "__closure__") else "no __closure__ on builtins")
print((lambda: 1).__closure__)
