# Exact arithmetic shows where float arithmetic would drift: the mean of many 0.1s is 0.1,
# the variance of large nearby numbers is not lost to cancellation, and huge ints keep
# their precision. Compare with the naive float formulas printed next to them.
import statistics

tenths = [0.1] * 7 + [0.7]
print(statistics.mean(tenths), sum(tenths) / len(tenths))
big = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]
naive = (sum(x * x for x in big) - sum(big) ** 2 / len(big)) / (len(big) - 1)
print(statistics.variance(big), naive)
print(statistics.mean([10**50, 10**50 + 1]), statistics.mean([10**50, 10**50 + 2]))
print(statistics.variance([10**20, 10**20 + 2, 10**20 + 4]), statistics.stdev([10**20, 3 * 10**20]))
print(statistics.mean([1, 10**-300]), statistics.pvariance([1e-320, 3e-320]))
print(statistics.mean([0.5, 0.25, 0.125]), statistics.mean([3, 0.25]), statistics.mean([7, True]))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([0, 1, 2**60]))
print(statistics.geometric_mean([2**70 + 1, 3]), statistics.harmonic_mean([2**70, 3, 0.5]))
print(statistics.variance([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pvariance([2, 4, 4, 4, 5, 5, 7, 9]))
print(statistics.variance([1, 2, 3, 4, 6]), type(statistics.pvariance([1, 3])).__name__)
print(statistics.mean([-0.0, -0.0]), statistics.median([-0.0, 0.0]), statistics.fmean([-1e308, 1e308, 1.0]))
