# A register with a string annotation that names a class.
from functools import singledispatch

@singledispatch
def describe(value):
    return "something"

@describe.register
def _(value: "int"):
    return f"int {value}"

@describe.register
def _(value: "str") -> "str":
    return f"str {value!r}"

class Node:
    pass

@describe.register
def _(value: "Node"):
    return "a node"

print(describe(1), describe("a"), describe(2.0), describe(Node()))
try:
    @describe.register
    def _(value: "Missing"):
        pass
except NameError as e:
    print("NameError", e)
