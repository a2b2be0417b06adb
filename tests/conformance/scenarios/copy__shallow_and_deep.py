# copy.copy makes a new outer container that shares its items; copy.deepcopy copies the
# items too, all the way down. Immutable values (numbers, strings, tuples of them,
# functions, classes) are returned as they are. Notice which `is` checks are True.
import copy

nested = [[1, 2], {'k': [3]}, (4, [5])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
nested[1]['k'].append(98)
print(shallow, shallow is nested, shallow[0] is nested[0])
print(deep, deep[0] is nested[0], deep[2] is nested[2])

for value in (42, 2.5, 'text', b'raw', None, True, (1, 2), frozenset({3}), range(4), len, print):
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)


def helper():
    return 1


print(copy.copy(helper) is helper, copy.deepcopy(helper) is helper, copy.deepcopy(int) is int)
print(copy.deepcopy((1, 'a', (2, 3))) is not None, copy.deepcopy(((1,), [2]))[0])
tup = ([1],)
print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup, copy.deepcopy(tup)[0] == tup[0])

for original in ({1: 'a'}, {1, 2}, bytearray(b'xy'), [None], {}):
    c = copy.copy(original)
    d = copy.deepcopy(original)
    print(type(original).__name__, c == original, c is original, d == original, d is original)

s = slice(1, 5, 2)
print(copy.copy(s) is s, copy.deepcopy(s), copy.deepcopy(slice(None)))
print(copy.__all__, copy.error is copy.Error, copy.Error.__mro__)
print(copy.copy.__name__, copy.deepcopy.__name__)
