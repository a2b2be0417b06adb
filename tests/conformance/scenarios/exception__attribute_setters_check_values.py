# An exception's __cause__ and __context__ take only None or an exception, and
# __suppress_context__ only a bool; none of its own fields can be deleted.
e = ValueError("x")
for attr, val in [("__cause__", "str"), ("__context__", 5), ("__suppress_context__", "yes"),
                  ("__cause__", KeyError("k")), ("__context__", None),
                  ("__suppress_context__", False)]:
    try:
        setattr(e, attr, val)
        print(attr, "set ->", repr(getattr(e, attr)))
    except TypeError as t:
        print(attr, "TypeError:", t)
for attr in ["args", "__cause__", "__context__", "__suppress_context__", "__traceback__"]:
    try:
        delattr(e, attr)
        print(attr, "deleted")
    except TypeError as t:
        print(attr, "TypeError:", t)
e.note = "mine"
del e.note
print(hasattr(e, "note"), e.args, e.__suppress_context__)
