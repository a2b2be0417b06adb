# Operators call dunder methods: a + b tries a.__add__(b), then b.__radd__(a) if the first
# returns NotImplemented. == falls back to identity, and sorting only needs __lt__.
# Notice which method runs for each expression, and the TypeError when both give up.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  __radd__({other!r})")
        return self + other

    def __mul__(self, factor):
        return Money(self.cents * factor)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        print(f"  {self!r} < {other!r}")
        return self.cents < other.cents

    def __neg__(self):
        return Money(-self.cents)

    def __hash__(self):
        return hash(self.cents)


a, b = Money(150), Money(99)
print(a + b, a + 1, 1 + a, a * 3, -a)
print(sum([a, b], 0), sum([a, b], Money(0)))
print(a == Money(150), a != Money(150), a == 150, a is Money(150))
print(sorted([Money(5), Money(1), Money(3)]))
print(b < a, a > b, max(a, b), min([a, b, Money(7)]))
print(Money(1) in [Money(1)], [Money(2)].index(Money(2)), [Money(1), Money(2)].count(Money(1)))
total = Money(0)
total += Money(10)
print(total)
for expr in ("a + 'x'", "a - b", "a < 5", "a <= b"):
    try:
        if expr == "a + 'x'":
            a + "x"
        elif expr == "a - b":
            a - b
        elif expr == "a < 5":
            a < 5
        else:
            a <= b
    except (TypeError, AttributeError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
