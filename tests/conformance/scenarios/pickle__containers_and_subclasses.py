# What a pool's workers most often send back: collections' containers (Counter, deque with
# its maxlen, OrderedDict, defaultdict), subclasses of list and dict, dates and times. Each
# comes back as an equal copy of the same type.
import pickle, collections, datetime
class MyList(list):
    pass
class MyDict(dict):
    pass
for obj in [collections.Counter("hello"), collections.deque([1, 2], maxlen=5), collections.OrderedDict(a=1),
            collections.defaultdict(int, a=1), MyList([1]), MyDict(a=1), datetime.datetime(2020, 1, 2, 3, 4),
            datetime.timedelta(seconds=5), datetime.date(2020, 1, 1), frozenset([1]), (1, [2])]:
    try:
        c = pickle.loads(pickle.dumps(obj))
        print(type(c).__name__, c, c == obj)
    except Exception as e:
        print(type(e).__name__, e)
