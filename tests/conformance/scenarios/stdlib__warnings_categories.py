# Warning categories: the default category is UserWarning; a filter on a category also
# covers its subclasses, and a Warning instance passed to warn() brings its own class.
# A category that is not a Warning subclass is a TypeError.
import warnings


class AppWarning(UserWarning):
    pass


class SlowWarning(AppWarning):
    pass


warnings.simplefilter("ignore", AppWarning)
warnings.warn("plain user warning")
warnings.warn("app warning is ignored", AppWarning)
warnings.warn("slow warning too", SlowWarning)
warnings.warn("a runtime warning", RuntimeWarning)
warnings.warn(SlowWarning("an instance is ignored as well"))
warnings.warn(RuntimeWarning("an instance", 42))
warnings.warn(FutureWarning("instance wins over category"), UserWarning)
warnings.warn(12345)
warnings.simplefilter("error", SlowWarning)
try:
    warnings.warn("now an error", SlowWarning)
except AppWarning as e:
    print("caught", repr(e))
for bad in ["str", int, ValueError, None.__class__]:
    try:
        warnings.warn("bad category", bad)
    except TypeError as e:
        print("TypeError:", e)
print([f[0] + ":" + f[2].__name__ for f in warnings.filters[:3]])
