# Adding a number to a string is a TypeError: Python never converts implicitly. This one
# is not caught, so the program stops with a traceback through both functions.
# Notice the message names the type that could not be concatenated.
def label(name, count):
    return name + ": " + count


def report(items):
    for name, count in items.items():
        print(label(name, str(count)))
    print(label("total", sum(items.values())))


report({"apples": 3, "pears": 5})
print("never printed")
