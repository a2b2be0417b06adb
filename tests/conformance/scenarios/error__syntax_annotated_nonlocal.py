# `x: int = 1` in a function that declared `x` nonlocal: "annotated name 'x' can't be
# nonlocal", at the annotated statement.
def make_counter():
    count = 0

    def bump():
        nonlocal count
        count: int = count + 1
        return count

    return bump


print(make_counter()())
