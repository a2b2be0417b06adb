# A metaclass's __prepare__ namespace runs its __setitem__ as the class body stores each
# name: the class body is its caller, in a printed stack and for warnings' stacklevel.
import warnings, traceback

class NS(dict):
    def __setitem__(self, k, v):
        if k == "b":
            warnings.warn("setting b", UserWarning, stacklevel=2)
            traceback.print_stack(limit=3)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NS()

class C(metaclass=Meta):
    a = 1
    b = 2
    c = 3
