# variance and stdev use n - 1 (a sample), pvariance and pstdev use n (the whole
# population). Sums are exact, so the results are the correctly rounded values; xbar and mu
# let you pass a mean you already know. Ints give an int variance when it is whole.
import statistics

samples = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1, 2, 3, 4, 5],
    [1, 2, 3, 4],
    [0.1, 0.2, 0.3, 0.4],
    [True, False, True],
    [10**20, 10**20 + 1, 10**20 + 2],
    [1, 1.5, 2, 2.5],
    [5, 5, 5],
]
for data in samples:
    print(data)
    print('   ', statistics.variance(data), statistics.stdev(data),
          statistics.pvariance(data), statistics.pstdev(data))

data = [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]
m = statistics.mean(data)
print(m, statistics.variance(data, m), statistics.pvariance(data, mu=m))
print(statistics.stdev(data, xbar=1.0), statistics.pstdev(data, 2), statistics.pvariance([3]))
print(statistics.stdev([1e-300, 3e-300]), statistics.pstdev([2**100, 0]), statistics.variance(range(10)))
print(statistics.variance([1, float('inf')]), statistics.variance(iter([1, 2, 4])))
