# str.format() fills {} fields by position, index, name, attribute (.attr) and item ([key]),
# with the same format specs as f-strings; {{ and }} are literal braces. Notice the errors
# for a missing index or name and for mixing automatic and manual numbering.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        return f"P({self.x:{spec}}, {self.y:{spec}})"


p = Point(1.5, -2)
print("{} {} {}".format("a", "b", "c"), "{2} {1} {0} {1}".format("a", "b", "c"))
print("{name} is {age:>4}".format(name="Cy", age=9), "{0.x} {0.y} {pt.x}".format(p, pt=p))
print("{0[0]} {0[2]} {1[key]} {1[k2][0]}".format("xyz", {"key": "v", "k2": [5]}), "{[1]}".format([7, 8]))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+,}|{:.2%}".format("r", "l", "c", "mid", 3.14159, 1234567, 0.256))
print("{0!r} {1!s} {2!a} {0!r:>8}".format("q", "s", "ü"), "{{}} {{{}}}".format("in braces"))
print("{:{}.{}f}".format(3.14159, 8, 2), "{:{fill}{align}{w}}".format("x", fill="-", align=">", w=4))
print("{}".format(p), "{:.1f}".format(p), format(p, ".2f"), f"{p:.0f}", "{0:>3}|{0:<3}".format(7))
print("{} {}".format(*"ab"), "{a}-{b}".format(**{"a": 1, "b": 2}), "{}".format(None), "{}".format([1, "2"]))
print(format(1234.5678, ",.2f"), format("text", "^10"), format(42), format(0.1, ".20f"), format(True, "d"))
attempts = ["{} {}", "{1}", "{name}", "{0} {}", "{:d}", "{0.missing}", "{0[5]}", "{", "}"]
for template in attempts:
    try:
        if template == "{:d}":
            print(template.format("text"))
        elif template in ("{0.missing}", "{0[5]}"):
            print(template.format([1]))
        else:
            print(template.format("only"))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(f"{template!r:14} -> {type(e).__name__}: {e}")
