# stacklevel says which caller a warning is about: 1 is the line calling warn(), 2 the line
# that called that function, and so on. A library marks its callers' deprecated uses so.
import warnings


def old_api():
    warnings.warn("old_api() is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def wrapper():
    warnings.warn("from wrapper's caller's caller", stacklevel=3)
    return old_api()


def main():
    old_api()
    wrapper()
    warnings.warn("stacklevel 0 is the same as 1", stacklevel=0)
    warnings.warn("level 1", stacklevel=1)


main()
print(old_api())
