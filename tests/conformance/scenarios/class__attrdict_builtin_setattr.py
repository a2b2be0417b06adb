# The "attribute dict" idiom: a dict subclass whose attribute hooks are dict's own methods, so
# `ad.key = v` stores an item and `del ad.key` deletes one.
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


config = AttrDict(host="localhost", port=8080)
config.debug = True
print(config, config.host, config.debug)
del config.port
print(config, "port" in config, config.__dict__)
try:
    config.missing
except KeyError as e:
    print("KeyError", e)
try:
    del config.missing
except KeyError as e:
    print("KeyError", e)


class Quiet:
    __setattr__ = object.__setattr__

    def __init__(self):
        self.value = 1


q = Quiet()
q.other = 2
print(vars(q))
