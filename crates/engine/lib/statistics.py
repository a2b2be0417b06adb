# statistics: averages, spread and relations of numeric data, with CPython 3.11's results to
# the last bit. mean, variance and their kin add up the data exactly (every int and float is
# a ratio of two ints), divide exactly and convert once at the end, choosing the result's
# type as CPython does (ints give an int when the exact result is whole, a float otherwise;
# bools count as ints; a float anywhere gives a float). The exact numbers are `_Q` values
# here, where CPython uses fractions.Fraction. A Decimal result is made as CPython makes it
# (numerator / denominator in the current context; square roots corrected to the nearest).
# A number of another type that reaches the conversion stops the run rather than give a
# wrong answer. NormalDist is at the end: a normal distribution's arithmetic in floats, its
# inverse CDF by Wichura's algorithm AS241, as CPython computes them.

import math
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from itertools import groupby, repeat
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau
from operator import mul
from sys import float_info as _float_info

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


class _Q:
    # An exact rational n/d in lowest terms, d > 0.
    __slots__ = ('n', 'd')

    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        if g > 1:
            n //= g
            d //= g
        self.n = n
        self.d = d

    def __float__(self):
        return self.n / self.d


def _add(a, b):
    return _Q(a.n * b.d + b.n * a.d, a.d * b.d)


def _div(a, b):
    # a / b for exact values (_Q or int) and floats (the non-finite sums): a float on either
    # side makes the result a float, as Fraction's arithmetic does.
    if isinstance(a, float) or isinstance(b, float):
        return float(a) / float(b)
    if isinstance(a, int):
        a = _Q(a)
    if isinstance(b, int):
        b = _Q(b)
    if b.n == 0:
        raise ZeroDivisionError(f'Fraction({a.n}, 0)')
    return _Q(a.n * b.d, a.d * b.n)


def _not_positive(q):
    if isinstance(q, _Q):
        return q.n <= 0
    return q <= 0


def _total(partials, square_denominator=False):
    total = _Q(0)
    for d, n in partials.items():
        total = _add(total, _Q(n, d * d if square_denominator else d))
    return total


def _sum(data):
    # (type of the result, exact sum, number of values).
    count = 0
    types = set()
    partials = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = _total(partials)
    T = int
    for S in types:
        T = _coerce(T, S)
    return (T, total, count)


def _squared_deviations(data, c):
    for x in data:
        d = x - c
        yield d * d


def _ss(data, c=None):
    # (type, sum of squared deviations from the mean (or c), the mean (or c), count).
    if c is not None:
        T, ssd, count = _sum(_squared_deviations(data, c))
        return (T, ssd, c, count)
    count = 0
    types = set()
    sx_partials = {}
    sxx_partials = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sx_partials[d] = sx_partials.get(d, 0) + n
            sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = c = _Q(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = _total(sx_partials)
        sxx = _total(sxx_partials, True)
        ssd = _Q(count * sxx.n * sx.d * sx.d - sx.n * sx.n * sxx.d,
                 sxx.d * sx.d * sx.d * count)
        c = _Q(sx.n, sx.d * count)
    T = int
    for S in types:
        T = _coerce(T, S)
    return (T, ssd, c, count)


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _exact_ratio(x):
    if isinstance(x, int):
        return (int(x), 1)
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _convert(value, T):
    if type(value) is T:
        return value
    if not isinstance(value, _Q):
        return T(value)
    if issubclass(T, int) and value.d != 1:
        T = float
    if T is int:
        return value.n
    if T is float:
        return value.n / value.d
    if _is_decimal_type(T):
        return T(value.n) / T(value.d)
    from asyncio import _unsupported
    _unsupported(f"statistics on '{T.__name__}' values")


def _is_decimal_type(T):
    import sys
    dec = sys.modules.get('decimal')
    return dec is not None and isinstance(T, type) and issubclass(T, dec.Decimal)


def _decimal_sqrt_of_frac(n, m):
    # (n/m).sqrt() may be one ulp off: step to a neighbour when the exact midpoint test says so.
    from decimal import Decimal
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    up = root.next_plus()
    un, ud = up.as_integer_ratio()
    if 4 * n * (rd * ud) ** 2 > m * (rd * un + ud * rn) ** 2:
        return up
    down = root.next_minus()
    dn, dd = down.as_integer_ratio()
    if 4 * n * (rd * dd) ** 2 < m * (rd * dn + dd * rn) ** 2:
        return down
    return root


def _parts(q):
    if isinstance(q, _Q):
        return q.n, q.d
    return q.numerator, q.denominator


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _integer_sqrt_of_frac_rto(n, m):
    # isqrt(n/m), rounded to odd: the low bit says whether the root was inexact.
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_sqrt_bit_width = 2 * _float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    # sqrt(n/m) correctly rounded: enough exact bits of the root, rounded to odd, then one
    # rounding to float.
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_div(total, n), T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        n = 0

        def count(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x

        data = count(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(map(mul, data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _inverses(weights, data):
    for w, x in zip(weights, data):
        yield w / x if w else 0


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        else:
            raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(_fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(_inverses(weights, data))
    except ZeroDivisionError:
        return 0
    if _not_positive(total):
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_div(sum_weights, total), T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # The run of values equal to the middle one.
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - i) / (j - i)


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_div(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_div(ss, n), T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(*_parts(_div(ss, n - 1)))
    return _float_sqrt_of_frac(*_parts(_div(ss, n - 1)))


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(*_parts(_div(ss, n)))
    return _float_sqrt_of_frac(*_parts(_div(ss, n)))


def _sum_products(x, y, xbar, ybar):
    return fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))


def _sum_squares(x, xbar):
    total = []
    for xi in x:
        d = xi - xbar
        total.append(d * d)
    return fsum(total)


def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    return _sum_products(x, y, xbar, ybar) / (n - 1)


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = _sum_products(x, y, xbar, ybar)
    sxx = _sum_squares(x, xbar)
    syy = _sum_squares(y, ybar)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'), module=__name__)


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = _sum_products(x, y, xbar, ybar)
        sxx = _sum_squares(x, xbar)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# -- the normal distribution ---------------------------------------------------------------

def _mean_stdev(data):
    # The mean and the sample standard deviation, as floats, in one pass over the data.
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = _div(ss, n - 1)
    if isinstance(mss, float):
        # A NaN or an infinity among the data.
        return float(xbar), float(xbar) / float(ss)
    return float(xbar), _float_sqrt_of_frac(*_parts(mss))


def _horner(coefficients, r):
    # coefficients[0] * r**k + ... + coefficients[k], nested as written out.
    total = coefficients[0]
    for c in coefficients[1:]:
        total = total * r + c
    return total


# Wichura (1988), "Algorithm AS241: The Percentage Points of the Normal Distribution",
# Applied Statistics 37(3): the rational approximations' coefficients, highest power first.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_INTERMEDIATE = (
    (7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1,
     1.2704582524523683826e+0, 3.6478483247632046050e+0, 5.7694972214606914055e+0,
     4.6303378461565452959e+0, 1.4234371107496835773e+0),
    (1.0507500716444168432e-9, 5.4759380849953445460e-4, 1.5198666563616457197e-2,
     1.4810397642748007459e-1, 6.8976733498510000455e-1, 1.6763848301838038494e+0,
     2.0531916266377588219e+0, 1.0),
)
_AS241_TAIL = (
    (2.0103343992922881327e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3,
     2.6532189526576123093e-2, 2.9656057182850489123e-1, 1.7848265399172913358e+0,
     5.4637849111641143699e+0, 6.6579046435011037772e+0),
    (2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.8686913114561325910e-4, 1.4875361290850614853e-2, 1.3692988092273580531e-1,
     5.9983220655588793769e-1, 1.0),
)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        numerator, denominator = _AS241_CENTRAL
        x = _horner(numerator, r) * q / _horner(denominator, r)
        return mu + (x * sigma)
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        numerator, denominator = _AS241_INTERMEDIATE
        r = r - 1.6
    else:
        numerator, denominator = _AS241_TAIL
        r = r - 5.0
    x = _horner(numerator, r) / _horner(denominator, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = sqrt(2.0)


class NormalDist:
    'Normal distribution of a random variable'

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # The same answer whichever way round: the narrower (then lower) one first.
        X, Y = (other, self) if (other._sigma, other._mu) < (self._sigma, self._mu) else (self, other)
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma ** 2.0

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
