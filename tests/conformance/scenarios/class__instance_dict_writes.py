# An instance's __dict__ holds its attributes: writing through it sets them, the common
# `self.__dict__.update(kwargs)` way of taking keyword options, and deleting from it removes
# one. vars(obj) is the same dict.
class Config:
    defaults = {"retries": 3}

    def __init__(self, **kwargs):
        self.__dict__.update(self.defaults)
        self.__dict__.update(kwargs)
        self.__dict__["created"] = True

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Config({fields})"


c = Config(host="example.org", port=8080)
print(c, c.host, c.retries, c.created)
vars(c)["port"] = 9090
del c.__dict__["created"]
print(c.port, hasattr(c, "created"), sorted(c.__dict__))
c.__dict__.update([("timeout", 2.5)], verbose=False)
print(c.timeout, c.verbose, len(vars(c)))


class Slotted:
    __slots__ = ("x",)


try:
    Slotted().__dict__
except AttributeError as e:
    print("AttributeError:", e)
