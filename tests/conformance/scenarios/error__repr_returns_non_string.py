# A __repr__ that forgot its return (a beginner's classic), reached through str(), print,
# an f-string and format: str() checks object.__str__'s result, so CPython names __str__
# there and __repr__ only for repr() itself and containers.
class BadRepr:
    def __repr__(self):
        f"<BadRepr>"


class BadStr:
    def __str__(self):
        return 42


class Fine:
    def __repr__(self):
        return "Fine()"


for label, make in [
    ("str", lambda: str(BadRepr())),
    ("print", lambda: print(BadRepr())),
    ("f-string", lambda: f"{BadRepr()}"),
    ("format", lambda: "{}".format(BadRepr())),
    ("repr", lambda: repr(BadRepr())),
    ("list", lambda: str([BadRepr()])),
    ("%s", lambda: "%s" % BadRepr()),
    ("BadStr", lambda: str(BadStr())),
    ("Fine", lambda: f"{Fine()} {[Fine()]}"),
]:
    try:
        print(label, "->", make())
    except TypeError as e:
        print(label, "TypeError:", e)
