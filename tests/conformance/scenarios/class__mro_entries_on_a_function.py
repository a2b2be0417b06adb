# A base that is not a class is replaced by what its __mro_entries__ returns, also when
# the base is a function given that attribute (typing.NamedTuple is one).
# Notice the class's MRO holds dict, not the function.
def Record():
    pass


Record.__mro_entries__ = lambda bases: (dict,)


class Row(Record):
    pass


print(Row.__mro__, Row(a=1))
