# Copies of the collections types keep their type and settings: a deque its maxlen, a
# defaultdict its default factory, an OrderedDict its order, a Counter its counts;
# namedtuples, dataclasses and enum members copy as their own rules say (members are
# returned as they are).
import copy
import dataclasses
import enum
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

dq = deque([[1], [2]], maxlen=3)
print(copy.copy(dq), copy.deepcopy(dq), copy.copy(dq)[0] is dq[0], copy.deepcopy(dq)[0] is dq[0])

dd = defaultdict(list)
dd['a'].append(1)
dd2 = copy.deepcopy(dd)
dd2['b'].append(2)
print(dd, dd2, copy.copy(dd)['a'] is dd['a'], dd2['a'] is dd['a'])

od = OrderedDict([('z', [1]), ('a', [2])])
print(copy.copy(od), copy.deepcopy(od)['z'] is od['z'], type(copy.deepcopy(od)).__name__)
cnt = Counter('abracadabra')
print(copy.copy(cnt), copy.deepcopy(cnt) == cnt, type(copy.copy(cnt)).__name__)

Pair = namedtuple('Pair', 'left right')
p = Pair([1], 'r')
print(copy.copy(p), copy.copy(p) is p, copy.deepcopy(p).left is p.left)


@dataclasses.dataclass
class Job:
    name: str
    steps: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    items: tuple


j = Job('build', ['a'])
print(copy.deepcopy(j), copy.deepcopy(j).steps is j.steps, copy.copy(j).steps is j.steps)
print(copy.deepcopy(Frozen((1, [2]))), copy.copy(Frozen((1,))) == Frozen((1,)))


class Color(enum.Enum):
    RED = 1
    GREEN = [2]


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN)
print(copy.deepcopy([Color.RED, Color.GREEN]))
