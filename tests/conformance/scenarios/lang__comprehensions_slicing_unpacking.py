# List, dict and set comprehensions, generator expressions, slicing and unpacking.
# Notice negative indexes and steps in slices, and the starred name collecting the middle.
nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[::3], nums[::-1][:4], nums[8:2:-2])
squares = [n * n for n in nums if n % 2 == 0]
print("even squares:", squares)
pairs = [(x, y) for x in range(3) for y in range(x)]
print("pairs:", pairs)
lengths = {word: len(word) for word in ["async", "await", "loop"]}
print("lengths:", lengths)
print("remainders:", sorted({n % 4 for n in nums}))
print("sum of cubes:", sum(n ** 3 for n in nums))
first, *middle, last = "python"
print(first, middle, last)
a, b = 1, 2
a, b = b, a
print("swapped:", a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
text = "hello, world"
print(text[7:], text[::-1], text[-5:-1], len(text[100:]))
matrix = [[1, 2, 3], [4, 5, 6]]
print("transposed:", [list(col) for col in zip(*matrix)])
