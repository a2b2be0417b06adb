# An import binds a name without assigning it in the sense `global` and `nonlocal` refuse:
# declaring the name global after importing it compiles, and the import then binds the
# module global (an assignment before the declaration is a SyntaxError).
def load():
    import json
    global json
    return json.dumps([1])


def outer():
    m = "before"

    def inner():
        from os import sep as m
        nonlocal m
        return m

    return inner(), m


print(load(), json.dumps({"a": 1}))
print(outer())
