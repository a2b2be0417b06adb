# Assigning to a name anywhere in a function makes it local for the whole function, so
# reading it before the assignment fails even if a global of that name exists. The fix is
# `global total` (or `nonlocal` in a nested function). This one is not caught.
total = 0


def add_fixed(amount):
    global total
    total = total + amount
    return total


def add_broken(amount):
    total = total + amount
    return total


print(add_fixed(5), add_fixed(2))
print(add_broken(1))
