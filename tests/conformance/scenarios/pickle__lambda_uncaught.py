# An uncaught PicklingError prints as the C module's exception, _pickle.PicklingError, with
# the lambda's address.
import pickle

pickle.dumps({"key": lambda: 0})
