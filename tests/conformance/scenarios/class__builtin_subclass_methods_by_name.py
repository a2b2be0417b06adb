# Methods called by name on instances of list/dict subclasses: the base type's __repr__ and
# __eq__ (before object's), and object's __getstate__/__setattr__/__getattribute__/
# __delattr__ working on the instance itself.
class Tagged(list):
    pass
t = Tagged([1, 2]); t.label = "x"
print(t.__getstate__(), object.__getstate__(t))
t.__setattr__("more", 1); print(t.more, repr(t.__repr__()), t.__eq__([1, 2]), t.__format__(""))
class D(dict): pass
d = D(a=1); d.z = 2
print(d.__getstate__(), d.__repr__())
t = Tagged([1, 2])
t.__setattr__("more", 1); print(t.more)
print(t.__getattribute__("more"))
t.__delattr__("more"); print(hasattr(t, "more"))
