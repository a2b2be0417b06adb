# NotImplemented in a boolean context is deprecated: the warning names the line that tests
# it (the old Python 2 style `__ne__` that negates `__eq__`'s answer hits it).
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __ne__(self, other):
        return not self.__eq__(other)


print(Money(5) != Money(5), Money(5) != Money(6))
print(Money(5) != 5)
print(Money(5) != "five")


def f():
    return not NotImplemented


print(f())
if NotImplemented:
    print("truthy")
print(bool(NotImplemented), NotImplemented and 1, [x for x in (1,) if NotImplemented])
