# functools.partial keeps its frozen arguments in .func/.args/.keywords; a partial of a
# partial folds into one; its repr names the function and every frozen argument. reduce
# checks its arguments. Notice the messages for a non-callable and a non-iterable.
import functools


def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"


hello = functools.partial(greet, "Hello")
print(hello("ann"), hello(name="bob", punct="?"))
twice = functools.partial(hello, punct="!!")
print(twice.func is greet, twice.args, twice.keywords, twice("cy"))
print(repr(functools.partial(max, 1, 2, key=abs)))
print(functools.partial(greet, "Hi", punct=".")("dee"), callable(hello))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(min, [5], 0))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
for bad in (lambda: functools.partial(), lambda: functools.partial("text"),
            lambda: functools.reduce(max, 5), lambda: functools.reduce(max),
            lambda: hello()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
