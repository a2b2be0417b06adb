# A class can define __copy__ and __deepcopy__(memo) itself. memo maps id(original) to its
# copy: passing it on keeps shared references shared, and it is what makes cycles end.
# Notice that the shared list is copied once and that the self-referencing list works.
import copy


class Config:
    def __init__(self, values):
        self.values = values

    def __copy__(self):
        print('__copy__ called')
        return Config(self.values)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called, memo has', len(memo) > 0)
        return Config(copy.deepcopy(self.values, memo))


c = Config({'a': [1]})
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.values is c.values, c2.values == c.values, c2.values is c.values)

shared = [0]
pair = [shared, shared]
twin = copy.deepcopy(pair)
print(twin, twin[0] is twin[1], twin[0] is shared)

loop = [1]
loop.append(loop)
clone = copy.deepcopy(loop)
print(clone[1] is clone, clone[1] is loop, clone)

d = {'self': None}
d['self'] = d
print(copy.deepcopy(d)['self'] is not d)

memo = {}
first = copy.deepcopy(shared, memo)
again = copy.deepcopy(shared, memo)
print(first is again, first is shared)

holder = [Config([5])]
outer = copy.deepcopy([holder, holder])
print(outer[0] is outer[1], outer[0][0].values)
cyc = (loop,)
print(copy.deepcopy(cyc)[0][1][1] is not loop)
