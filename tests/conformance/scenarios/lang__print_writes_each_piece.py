# print() writes each piece in turn, as CPython does: what comes before an object whose __str__
# prints or fails is already written.
class Bad:
    def __str__(self):
        raise ValueError("no str")
class Loud:
    def __str__(self):
        print("[converting]")
        return "loud"
    def __repr__(self):
        print("[repr]")
        return "L"
print("before", 1, Loud(), "after")
print([Loud(), 2], "x")
try:
    print("before", 1, Bad(), "after")
except ValueError as e:
    print("\nerror:", e)
try:
    print("a", [Bad()])
except ValueError as e:
    print("|error:", e)
print("x", "y", sep="-", end="!\n")
print("before", 2, Bad(), "after")
