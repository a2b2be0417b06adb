# With the "error" action a warning is raised as an exception where warn() is called;
# uncaught, it ends the program with a traceback like any exception.
import warnings


def check(value):
    if value < 0:
        warnings.warn(f"negative value {value}", RuntimeWarning, stacklevel=2)
    return abs(value)


warnings.filterwarnings("error", category=RuntimeWarning)
print(check(3))
try:
    check(-1)
except RuntimeWarning as e:
    print("caught:", e)
print(check(-2))
