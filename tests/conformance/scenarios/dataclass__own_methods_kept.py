# @dataclass keeps the __init__, __repr__ and __eq__ a class body defines itself (as it keeps
# __hash__), and refuses to replace an ordering method the body defines when order=True.
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Token:
    kind: str
    text: str = field(default="")

    def __eq__(self, other):
        return isinstance(other, Token) and self.kind == other.kind

    def __hash__(self):
        return hash(self.kind)


@dataclass
class Celsius:
    degrees: float

    def __repr__(self):
        return f"{self.degrees:.1f} °C"

    def __init__(self, degrees, scale="C"):
        self.degrees = degrees if scale == "C" else (degrees - 32) * 5 / 9


print(Token("num", "1") == Token("num", "2"), len({Token("a"), Token("a", "x")}), Token("a"))
print(Celsius(21.5), Celsius(212, scale="F"), Celsius(1) == Celsius(1.0), [Celsius(0)])
try:

    @dataclass(order=True)
    class Version:
        major: int

        def __lt__(self, other):
            return self.major < other.major

except TypeError as e:
    print("TypeError:", e)
