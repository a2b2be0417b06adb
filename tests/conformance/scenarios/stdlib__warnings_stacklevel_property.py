# xfail: a property's getter and setter run with their caller's frame out of sight, so
# warnings.warn(stacklevel=2) inside one names the line that called the enclosing function
# (operators, subscripts, `in` and formatting find their caller: see
# stdlib__warnings_stacklevel_from_dunders).
# The deprecated-property idiom: warnings.warn(..., DeprecationWarning, stacklevel=2) in a
# property names the line that read or assigned it.
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



def report(m):
    print(m.dollars)
    m.dollars = 2.5
    print(m.cents)


report(Money(150))
