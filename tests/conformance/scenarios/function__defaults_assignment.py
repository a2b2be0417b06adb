# Assigning a function's __defaults__ or __kwdefaults__ changes what later calls bind.
# Loopscope binds from the defaults the function was made with, so it stops with exit 2
# instead of calling with the old ones.
# xfail: assigning a function's `__defaults__` is not supported yet
def greet(name, greeting="hello", *, punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


print(greet("ada"), greet.__defaults__, greet.__kwdefaults__)
greet.__defaults__ = ("hi",)
greet.__kwdefaults__ = {"punctuation": "?"}
print(greet("ada"), greet.__defaults__, greet.__kwdefaults__)
greet.__defaults__ = None
try:
    greet("ada")
except TypeError as e:
    print("TypeError:", e)
