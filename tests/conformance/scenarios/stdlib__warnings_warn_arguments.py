# warnings.warn()'s argument errors as C's _warnings.warn words them: no message at all, a
# category that is no Warning subclass; a Warning instance as the message picks its own
# category; a message that is neither string nor Warning is turned into a string.
import warnings

warnings.simplefilter("always")
for args, kwargs in (((), {}), ((), {"category": UserWarning}), ((), {"stacklevel": 2}),
                     (("m", 5), {}), (("m", "notaclass"), {}), (("m", int), {})):
    try:
        warnings.warn(*args, **kwargs)
        print(args, kwargs, "no error")
    except TypeError as e:
        print(args, kwargs, "TypeError:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("an instance"))
    warnings.warn(RuntimeWarning("instance wins"), UserWarning)
    warnings.warn(message="by keyword", category=FutureWarning)
    warnings.warn(42)
for w in caught:
    print(w.category.__name__, repr(str(w.message)), type(w.message).__name__, w.lineno)

try:
    warnings.warn()
except TypeError as e:
    print("again:", e, type(e).__name__)


def helper():
    warnings.warn("from helper", stacklevel=2)


helper()
warnings.warn(UserWarning("last one"))
