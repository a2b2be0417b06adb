# The library modules import like CPython's: modules have reprs naming their files,
# `import collections.abc` binds `collections`, and a name CPython's module has but
# Loopscope lacks stops the run as unsupported instead of raising AttributeError.
import collections.abc
import contextlib
import functools
import operator
import pprint
import string
import textwrap
import types
import abc

print(functools, collections.abc)
print(type(functools).__name__, operator.__name__, collections.abc.Sequence.__module__)
print(functools.partial.__module__, contextlib.ExitStack.__name__, types.SimpleNamespace.__module__)
print(abc.ABC.__name__, string.Template.__module__, textwrap.TextWrapper.__name__)
from collections import abc as cabc
print(cabc is collections.abc, pprint.PrettyPrinter.__name__)
try:
    functools.no_such_function
except AttributeError as e:
    print("AttributeError:", e)
try:
    from textwrap import nothing_here
except ImportError as e:
    print("ImportError:", e)
