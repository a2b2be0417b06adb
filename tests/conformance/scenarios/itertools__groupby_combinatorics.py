# groupby groups *consecutive* items with equal keys (sort first to group them all);
# product, permutations and combinations enumerate arrangements in a fixed order.
# Notice groupby on unsorted data, and that each group is consumed once.
import itertools

events = [("db", 1), ("db", 2), ("web", 3), ("db", 4)]
for key, group in itertools.groupby(events, key=lambda e: e[0]):
    print(key, [n for _, n in group])
for key, group in itertools.groupby(sorted(events), key=lambda e: e[0]):
    print("sorted", key, len(list(group)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdaa")])
groups = [(k, g) for k, g in itertools.groupby("aabb")]
print([(k, list(g)) for k, g in groups])
print(list(itertools.product("ab", [1, 2])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations([1, 2, 3])))
print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(3), 4)))
print(list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.product()), list(itertools.permutations([])))
