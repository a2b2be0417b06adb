# A property without a setter is read-only: assigning to it is an AttributeError, and so is
# deleting it without a deleter. A property can also raise from its getter.
# Notice the 3.11 wording of the messages; the last assignment is not caught.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @property
    def broken(self):
        return self._missing


acct = Account("ada", 100)
print(acct.balance)
try:
    del acct.balance
except AttributeError as e:
    print("AttributeError:", e)
try:
    acct.broken
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(acct, "broken", "default used"))
acct.balance = 500
