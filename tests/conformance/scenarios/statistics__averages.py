# mean adds the data exactly and picks the result type as CPython does: all ints give an int
# when the mean is whole and a float otherwise, bools count as ints, floats give a float.
# fmean is the fast float version; median, median_low and median_high pick the middle.
import statistics

for data in ([1, 2, 3], [1, 2], [1, 2, 3, 4], [True, True], [True, False, False],
             [0.1, 0.2, 0.3], [1, 2.5], [10**30, 1], [-7, 7], [1e308, 1e307]):
    print(data, statistics.mean(data), statistics.fmean(data))

print(statistics.mean(iter([2, 4, 9])), statistics.mean(range(101)), statistics.mean((5,)))
print(statistics.mean({1: 'a', 4: 'b'}), statistics.mean([0.1] * 10), sum([0.1] * 10) / 10)
print(statistics.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), statistics.fmean(iter([1, 2])))
print(statistics.mean([2**80 + 1, 2**80 + 2]), statistics.mean([1, float('inf')]))

for data in ([5, 1, 3], [4, 1, 3, 2], [1.5, 2.5], ['b', 'c', 'a'], [7]):
    print(data, statistics.median(data), statistics.median_low(data),
          statistics.median_high(data))

print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7]))
print(statistics.median_grouped([1, 2, 2, 3, 4], interval=2), statistics.median_grouped([2.5]))
print(statistics.median_grouped([1, 3, 3, 5, 7], interval='2'))
print(statistics.mode([1, 1, 2, 3, 3, 3]), statistics.mode('abracadabra'), statistics.mode([4, 5]))
print(statistics.multimode('aabbbbccddddeeffffgg'), statistics.multimode([]), statistics.multimode([1]))
print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([2.5, 1e10]))
print(statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(statistics.harmonic_mean([1, 0, 3]), statistics.harmonic_mean([4]), statistics.harmonic_mean([2, 2]))
