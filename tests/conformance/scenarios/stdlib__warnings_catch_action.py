# catch_warnings(action=...) (new in 3.11) applies simplefilter() on entry; a replaced
# showwarning or formatwarning is used for every warning shown, and put back on exit.
import sys
import warnings


def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", category.__name__, message, filename, lineno, line)


def my_format(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message} (line {lineno})\n"


with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored inside")
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    warnings.warn("a user warning still shows")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings():
    warnings.showwarning = my_show
    warnings.warn("through my_show")
with warnings.catch_warnings():
    warnings.formatwarning = my_format
    warnings.warn("through my_format")
print(warnings.formatwarning("text", UserWarning, "f.py", 3, "  code line  "), end="")
warnings.showwarning("direct", FutureWarning, "nofile.py", 1, sys.stdout)
warnings.warn("back to normal")
