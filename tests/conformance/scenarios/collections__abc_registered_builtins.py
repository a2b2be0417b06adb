# The ABCs know the built-ins CPython registers: mappingproxy is a Mapping (whichever of types and
# collections.abc comes first), os.environ a MutableMapping, dict and its views Reversible.
from collections.abc import Mapping
import types
import os
import types
from collections import OrderedDict, defaultdict, Counter
from collections.abc import Mapping, MutableMapping, Reversible, Sequence
print(isinstance(types.MappingProxyType({}), Mapping), isinstance(type.__dict__, Mapping))
print(type(os.environ).__name__, isinstance(os.environ, MutableMapping), isinstance(os.environ, Mapping))
for x in ({}, {}.keys(), {}.values(), {}.items(), [], (), range(3), "s", OrderedDict(), defaultdict(int), Counter(), set(), frozenset()):
    print(type(x).__name__, isinstance(x, Reversible))
print(issubclass(dict, Reversible), issubclass(OrderedDict, Reversible))
