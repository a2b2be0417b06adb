# A class's `__module__` can be set after the class is made, or in its body: the class's
# repr and its instances' default repr read it then, as CPython reads it from the type's dict.
class A:
    pass


A.__module__ = 'library.models'
print(A, A.__module__)
print(repr(A()).split(' at ')[0])


class B:
    __module__ = 'elsewhere'


print(B, repr(B()).split(' at ')[0])
try:
    del A.__module__
except TypeError as e:
    print(e)
A.__module__ = '__main__'
print(A)
for name in ('__name__', '__qualname__', '__doc__'):
    try:
        delattr(A, name)
    except TypeError as e:
        print(e)
