# Names starting with two underscores (and not ending with two) are private to their class:
# inside `class Account`, `self.__balance` is stored as `_Account__balance`, so a subclass
# or outside code using `__balance` does not see it. Notice the instance's __dict__ keys.
class Account:
    __count = 0

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1

    def __audit(self, what):
        return f"{self.owner}: {what} -> {self.__balance}"

    def deposit(self, amount, *, __note="deposit"):
        self.__balance += amount
        return self.__audit(__note)

    @classmethod
    def count(cls):
        return cls.__count


class Savings(Account):
    def peek(self):
        return self.__balance


acct = Account("ada", 10)
print(acct.deposit(5), Account.count(), sorted(acct.__dict__))
print(acct._Account__balance, hasattr(acct, "__balance"), "_Account__audit" in Account.__dict__)
try:
    acct.__balance
except AttributeError as e:
    print("AttributeError:", e)
s = Savings("bo", 1)
try:
    s.peek()
except AttributeError as e:
    print("AttributeError:", e)
print(Account.count(), getattr(s, "_Account__balance"))


class _Hidden:
    def __init__(self):
        self.__x = 1
        self.__dunder__ = 2


print(sorted(_Hidden().__dict__))
