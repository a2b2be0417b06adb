# pickle's module surface: the protocol constants, the exception classes (the C module's,
# _pickle.PicklingError is pickle.PicklingError), a protocol above the highest, and a
# function whose global name now names something else.
import pickle

print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.PicklingError, pickle.PickleError, pickle.UnpicklingError)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print("ValueError", e)


def f():
    pass


g = f


def f():
    pass


try:
    pickle.dumps(g)
except pickle.PicklingError as e:
    print("PicklingError", e)
print(pickle.loads(pickle.dumps([f, g is f])))
