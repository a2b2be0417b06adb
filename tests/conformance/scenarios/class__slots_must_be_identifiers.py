# __slots__ entries must be strings that are identifiers; CPython checks every name before
# the __dict__/__weakref__ rules and the class-variable conflict.
for slots in (("1x",), ("a b",), ("",), ("ok", "not-ok"), "a-b", (5,), ("é",), ("_a", "b_2")):
    try:
        cls = type("C", (), {"__slots__": slots})
        print("accepted", slots, sorted(k for k in vars(cls) if not k.startswith("__")))
    except TypeError as e:
        print("TypeError", slots, e)
try:
    class D:
        __slots__ = ("x", "x y")
        x = 1
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
