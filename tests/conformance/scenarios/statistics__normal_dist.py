# statistics.NormalDist: a normal distribution's probabilities and quantiles (the inverse
# CDF is Wichura's AS241, digits as CPython's), estimates from samples, arithmetic with
# constants and independent variables, comparisons, reprs and the errors it raises.
import pickle
import statistics
from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(f"{iq.cdf(130):.6f} {iq.pdf(100):.6f} {iq.zscore(130)}")
print([round(q, 6) for q in iq.quantiles()])
print([round(q, 4) for q in iq.quantiles(n=10)])
print(iq.inv_cdf(0.5), iq.inv_cdf(0.975), iq.inv_cdf(0.001), iq.inv_cdf(1e-10))
print(NormalDist().inv_cdf(0.1), NormalDist().inv_cdf(0.999999))

heights = [162.5, 170.1, 158.3, 181.2, 175.0, 166.4, 172.8, 169.9]
fit = NormalDist.from_samples(heights)
print(fit, round(fit.overlap(NormalDist(175, 8)), 6))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(1, 2).overlap(NormalDist(3, 2)))

a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 20 - a, a * 2, 3 * a, a / 2, -a, +a)
print(a == NormalDist(10.0, 3.0), a == b, a == 10, hash(a) == hash(NormalDist(10, 3)))
print(len(NormalDist(0, 1).samples(5, seed=42)), NormalDist(0, 1).samples(3, seed=7))
print(pickle.loads(pickle.dumps(a)) == a, "NormalDist" in statistics.__all__)

for bad in [lambda: NormalDist(0, -1), lambda: iq.inv_cdf(0), lambda: iq.inv_cdf(1.5),
            lambda: NormalDist(5, 0).cdf(1), lambda: NormalDist(5, 0).pdf(1),
            lambda: NormalDist(5, 0).zscore(1), lambda: NormalDist(5, 0).inv_cdf(0.5),
            lambda: NormalDist.from_samples([1]), lambda: iq.overlap(3)]:
    try:
        bad()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a.x = 1
except AttributeError as e:
    print("AttributeError", e)
