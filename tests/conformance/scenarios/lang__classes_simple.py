# Simple classes: __init__ sets up attributes, methods take self, and __repr__/__str__
# control how objects print. Instances keep separate state.
# Notice print() uses __str__ while lists of objects show __repr__.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        self.balance += amount
        self.log.append(("deposit", amount))
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def __str__(self):
        return f"{self.owner}: {self.balance:.2f} EUR"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


a = Account("ana", 10)
b = Account("bo")
a.deposit(5.5)
b.deposit(3)
print(a)
print([a, b], a.log, b.log)
p = Point(1, 2).moved(3, 4)
print(p.x, p.y, type(p).__name__, isinstance(a, Account))
