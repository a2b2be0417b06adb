# quantiles cuts sorted data into n groups (quartiles by default): 'exclusive' treats the
# data as a sample, 'inclusive' as the whole population. covariance, correlation and
# linear_regression relate two series of the same length.
import statistics

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119]
print(statistics.quantiles(data))
print(statistics.quantiles(data, n=10))
print(statistics.quantiles(data, n=4, method='inclusive'))
print(statistics.quantiles([1, 2], n=5), statistics.quantiles([1.5, 9], n=3, method='inclusive'))
print(statistics.quantiles(range(1, 11), n=1), statistics.quantiles([3, 1, 2], n=2))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(statistics.covariance(x, y), statistics.covariance(z, x), statistics.covariance(y, y))
print(statistics.correlation(x, x), statistics.correlation(x, y), statistics.correlation(x, z))
fit = statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5])
print(fit, fit.slope, fit.intercept, type(fit).__name__)
print(statistics.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
slope, intercept = statistics.linear_regression([0.5, 1.5, 2.0], [1.0, 2.0, 4.5])
print(round(slope, 6), round(intercept, 6), statistics.LinearRegression(1, 2))
print(statistics.LinearRegression._fields, statistics.LinearRegression.__module__)
