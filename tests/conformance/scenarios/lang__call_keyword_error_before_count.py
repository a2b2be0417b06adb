# A call with too many positional arguments and a bad keyword reports the keyword first,
# as CPython binds keywords before it counts positional arguments: an unexpected keyword,
# a value given twice, or a positional-only parameter passed by keyword.
# Notice only then does "takes 1 positional argument but 2 were given" appear.
def f(a):
    return a


def g(a, /, b=0):
    return a


for call in (lambda: f(1, 2, b=3), lambda: f(1, 2, a=3), lambda: f(1, 2),
             lambda: g(1, 2, 3, a=1), lambda: g(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print(e)
