# cached_property needs __set_name__: one instance bound to two names is an error (which
# CPython 3.11 wraps in a RuntimeError naming the class), and one never bound to a name
# cannot compute. Notice the value is stored in vars() under the attribute's own name.
import functools


class Account:
    def __init__(self, cents):
        self.cents = cents

    @functools.cached_property
    def dollars(self):
        print("  converting")
        return self.cents / 100


a = Account(250)
print(a.dollars, a.dollars, vars(a), Account.dollars.__doc__, Account.dollars.func.__name__)
try:
    class Twice:
        x = functools.cached_property(lambda self: 1)
        y = x
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
loose = functools.cached_property(lambda self: 1)
try:
    loose.__get__(Account(1), Account)
except TypeError as e:
    print("TypeError:", e)
print(loose.__get__(None, Account) is loose)
