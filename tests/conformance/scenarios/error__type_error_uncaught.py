# TypeError is the error of "the right operation on the wrong kind of value": mixing
# types in an operator, calling a method with the wrong arguments, iterating a number.
# The last mistake is not caught; notice how the traceback names the method.
class Cart:
    def __init__(self):
        self.items = []

    def add(self, name, quantity=1):
        self.items.append((name, quantity))
        return len(self.items)


cart = Cart()
print(cart.add("tea"), cart.add("milk", 2))
mistakes = [lambda: "total: " + 3, lambda: sum(cart), lambda: len(5), lambda: [1, 2] * 1.5,
            lambda: {"a": 1} + {"b": 2}, lambda: cart.add(), lambda: Cart(1), lambda: -"x"]
for mistake in mistakes:
    try:
        mistake()
    except TypeError as e:
        print("TypeError:", e)
cart.add("sugar", 1, "extra")
