# Reprs of built-in dunders: slot wrappers on the type, method-wrappers bound to a value,
# and the method descriptors CPython keeps for the rest.
print((1).__add__, int.__add__)
print([].__len__, list.__len__, list.__getitem__, [].append)
print("a".__contains__, str.__hash__, dict.__getitem__, {}.__contains__)
print((1.5).__float__, float.__round__, set.__or__, frozenset.__hash__)
print(ValueError().__str__, BaseException.__init__)
def g(): yield
print(g().__next__)
print(int.__add__(1, 2), (3).__mul__(4))
