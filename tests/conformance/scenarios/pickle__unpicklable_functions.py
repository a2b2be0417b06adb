# pickle's rule for functions (issue 14, P1): a function crosses to another process by
# reference, so a lambda or a function defined inside another function cannot be pickled.
# CPython raises _pickle.PicklingError for the lambda (the attribute lookup fails) and an
# AttributeError naming the local object for the nested function.
import pickle


def outer():
    def inner():
        return 1
    return inner


def show(obj):
    try:
        pickle.dumps(obj)
        print("pickled", obj.__qualname__)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, "-", e)


show(lambda: 0)
square = lambda x: x * x
show(square)
show(outer())
show(outer)
show(len)
