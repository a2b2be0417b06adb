# StatisticsError is a ValueError subclass raised for empty or too-short data and other
# impossible requests; values that are not numbers give a TypeError. The messages are
# CPython's. The last call, variance of one data point, is left uncaught.
import statistics

s = statistics
attempts = [
    lambda: s.mean([]), lambda: s.fmean([]), lambda: s.fmean([1, 2], [1]),
    lambda: s.fmean([1, 2], [0, 0]), lambda: s.geometric_mean([]),
    lambda: s.geometric_mean([1, -2]), lambda: s.harmonic_mean([]),
    lambda: s.harmonic_mean([-1, 2]), lambda: s.harmonic_mean([-3]),
    lambda: s.harmonic_mean(['a']), lambda: s.harmonic_mean([1, 2], [1]),
    lambda: s.harmonic_mean([1, 2], [0, 0]), lambda: s.median([]),
    lambda: s.median_low([]), lambda: s.median_high([]), lambda: s.median_grouped([]),
    lambda: s.median_grouped(['a', 'b']), lambda: s.mode([]),
    lambda: s.quantiles([1, 2], n=0), lambda: s.quantiles([1]),
    lambda: s.quantiles([1, 2], method='middle'), lambda: s.variance([1]),
    lambda: s.stdev([]), lambda: s.pvariance([]), lambda: s.pstdev([]),
    lambda: s.mean(['1', '2']), lambda: s.mean([1, None]), lambda: s.variance('ab'),
    lambda: s.covariance([1, 2], [1]), lambda: s.covariance([1], [1]),
    lambda: s.correlation([1, 2, 3], [1, 1, 1]), lambda: s.correlation([1, 2], [3]),
    lambda: s.correlation([1], [2]), lambda: s.linear_regression([2, 2], [1, 3]),
    lambda: s.linear_regression([1], [1, 2]), lambda: s.linear_regression([1], [2]),
    lambda: s.stdev([1, float('inf')]),
]
for attempt in attempts:
    try:
        print('ok', attempt())
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

print(s.StatisticsError.__mro__[:3], repr(s.StatisticsError('x')), s.StatisticsError.__module__)
s.variance([42])
