# sys.implementation: CPython 3.11's namespace, as version checks read it.
import sys
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version[:2])
print(sys.implementation)
print(sys.implementation.hexversion == sys.hexversion, type(sys.implementation).__name__)
print(sys.implementation is sys.implementation, "implementation" in dir(sys))
if sys.implementation.name == "cpython" and sys.version_info >= (3, 11):
    print("running on CPython", ".".join(map(str, sys.implementation.version[:3])))
