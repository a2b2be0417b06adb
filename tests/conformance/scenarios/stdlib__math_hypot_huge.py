# math.hypot and math.dist scale their inputs, so values near the largest float do not
# overflow on the way.
import math
print(math.hypot(1e308, 1e308), math.dist((1e308, 0), (0, 1e308)))
print(math.hypot(3, 4), math.hypot(1e-320, 1e-320), math.hypot(), math.hypot(-2.5))
print(math.hypot(1.5e308, 1e308, 1e307))
