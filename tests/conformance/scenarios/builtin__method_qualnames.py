# The qualified names of built-in methods: read from their type (str.join, list.append), bound
# to an object (its type's name), a classmethod bound to its class (dict.fromkeys), and
# module-level built-in functions (just the name).
print(str.join.__qualname__, dict.fromkeys.__qualname__, list.append.__qualname__)
print(int.from_bytes.__qualname__, float.fromhex.__qualname__, dict.get.__qualname__)
print("a".join.__qualname__, [].append.__qualname__, {}.fromkeys.__qualname__)
print(len.__qualname__, print.__qualname__, int.__add__.__qualname__, (3).__add__.__qualname__)
import math
print(math.sqrt.__qualname__, str.join.__name__, dict.fromkeys.__name__)
