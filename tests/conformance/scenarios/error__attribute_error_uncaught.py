# Asking an object for an attribute it does not have raises AttributeError, which carries
# the attribute's name and the object in e.name and e.obj. A typo inside a method is only
# found when the method runs: notice the traceback goes through area().
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.widht * self.height


for expr in ("'text'.uper()", "[1].apend(2)", "{}.iterms()", "(1).real_part"):
    try:
        if expr.startswith("'"):
            "text".uper()
        elif expr.startswith("["):
            [1].apend(2)
        elif expr.startswith("{"):
            {}.iterms()
        else:
            (1).real_part
    except AttributeError as e:
        print(expr, "->", e, "| name:", e.name, "| obj:", repr(e.obj))
r = Rectangle(2, 3)
print(r.width, r.height)
print(r.area())
