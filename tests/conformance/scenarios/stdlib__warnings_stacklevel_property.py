# The deprecated-property idiom: warnings.warn(..., DeprecationWarning, stacklevel=2) in a
# property names the line that read or assigned it, and sys._getframe(1) there is the caller.
import sys
import warnings


class Money:
    def __init__(self, cents):
        self.cents = cents

    @property
    def dollars(self):
        warnings.warn("Money.dollars is deprecated; use cents", DeprecationWarning, stacklevel=2)
        return self.cents / 100

    @dollars.setter
    def dollars(self, value):
        warnings.warn("setting dollars is deprecated", DeprecationWarning, stacklevel=2)
        self.cents = round(value * 100)


class Audited:
    __slots__ = ("owner",)

    @property
    def caller(self):
        return sys._getframe(1).f_code.co_name

    def __getattribute__(self, name):
        if name == "checked":
            warnings.warn("checked is computed", UserWarning, stacklevel=2)
            return True
        return object.__getattribute__(self, name)


def report(m):
    print(m.dollars)
    m.dollars = 2.5
    print(m.cents)
    audited = Audited()
    audited.owner = "report"
    print(audited.caller, audited.owner, audited.checked)


report(Money(150))
