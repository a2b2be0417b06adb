# A bare generator expression as a class's bases: plain invalid syntax in 3.11 (in a
# call it would be "Generator expression must be parenthesized").
bases = [object]


class Thing(b for b in bases):
    pass
