# List methods change the list in place and (except pop/index/count/copy) return None.
# Notice insert() with out-of-range positions, index() with start/end, sort() with key and
# reverse, and the exact error each method raises when it cannot do its job.
xs = [3, 1, 4]
print(xs.append(1), xs, xs.extend((5, 9)), xs, xs.extend("ab"), xs)
xs.insert(0, "first")
xs.insert(-1, "before last")
xs.insert(100, "end")
xs.insert(-100, "start")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
print(xs.index(1), xs.index(1, 3), xs.index(4, -6, -1), xs.count(1), xs.count("zz"))
nums = [5, -2, 9, -7, 0, 3]
nums.sort()
print(nums, nums.sort(key=abs), nums, nums.sort(reverse=True), nums)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len, reverse=True)
print(words)
words.reverse()
copy = words.copy()
words.clear()
print(words, copy, copy.remove("dd"), copy)
print([1, 2] * 2, [[1]] + [[2]], [1, 2, 3][::-1], list(reversed([1, 2])), len([[], []]))
for call in ("[].pop()", "[1].pop(5)", "[1, 2].remove(3)", "[1, 2].index(3)", "[1, 2].index(1, 1)"):
    try:
        eval_result = None
        if call == "[].pop()":
            [].pop()
        elif call == "[1].pop(5)":
            [1].pop(5)
        elif call == "[1, 2].remove(3)":
            [1, 2].remove(3)
        elif call == "[1, 2].index(3)":
            [1, 2].index(3)
        else:
            [1, 2].index(1, 1)
    except (IndexError, ValueError) as e:
        print(call, "->", type(e).__name__ + ":", e)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    [].append()
except TypeError as e:
    print("TypeError:", e)
try:
    [].insert(1)
except TypeError as e:
    print("TypeError:", e)
print((1, 2, 1).count(1), (1, 2, 1).index(2), ["x"].index("x"))
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
