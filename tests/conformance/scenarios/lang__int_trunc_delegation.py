# int() of an object with only __trunc__: 3.11 still delegates, with a DeprecationWarning;
# the result must be an int or have __index__.
class Truncates:
    def __init__(self, value):
        self.value = value

    def __trunc__(self):
        return self.value


class Index:
    def __index__(self):
        return 9


print(int(Truncates(7)), int(Truncates(True)), int(Truncates(Index())))
try:
    int(Truncates(7.5))
except TypeError as e:
    print("TypeError:", e)
try:
    int(object())
except TypeError as e:
    print("TypeError:", e)
