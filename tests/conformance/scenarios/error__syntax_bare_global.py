# A global statement without a name.
counter = 0


def bump():
    global
    counter += 1
