# `nonlocal x` needs a binding of x in an enclosing function; a module-level `x` does not
# count, so the compiler refuses the program with a SyntaxError before it runs.
# Notice nothing is printed first.
x = 1
print("never printed")


def f():
    def g():
        nonlocal x
        x = 2

    g()
