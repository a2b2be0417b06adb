# A name declared both nonlocal and global in one function is a SyntaxError, reported at
# the first of the two declarations; so is annotating a name the function declared global
# or nonlocal. (Only the first error of a program is reported: the one below.)
def outer():
    x = 1

    def inner():
        nonlocal x
        global x
        return x

    return inner


print(outer()())
