# A filter's module is a regular expression matched at the start of the warning's module
# name (`__main__` for the program); lineno limits a filter to one line. warn_explicit
# names the file, line and module itself.
import warnings

warnings.filterwarnings("ignore", module="__ma")
warnings.warn("ignored: __main__ starts with __ma")
warnings.resetwarnings()
warnings.filterwarnings("error", module=r"pkg\.")
warnings.warn_explicit("shown: module pkg", UserWarning, "pkg.py", 3, module="pkg")
try:
    warnings.warn_explicit("raised", UserWarning, "sub.py", 7, module="pkg.sub")
except UserWarning as e:
    print("error in pkg.sub:", e)
warnings.warn_explicit("module from the file name", UserWarning, "pkg.py", 9)
warnings.simplefilter("ignore", lineno=19)
warnings.filterwarnings("always", lineno=20)
for _ in range(2):
    warnings.warn("line 19 is ignored")
    warnings.warn("line 20 always shows")
    warnings.warn("line 21 shows once")
registry = {}
for line in [5, 5, 6]:
    warnings.warn_explicit("with a registry", UserWarning, "lib.py", line, registry=registry)
print(sorted(k[2] for k in registry if k != "version"))
print([f[3] for f in warnings.filters])
