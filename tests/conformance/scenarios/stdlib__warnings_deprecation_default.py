# By default DeprecationWarning is shown only when the warning is attributed to __main__
# (the program's own code); PendingDeprecationWarning, ImportWarning and ResourceWarning
# are ignored. These are the filters a plain `python3 file.py` starts with.
import warnings

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
warnings.warn("shown: attributed to __main__", DeprecationWarning)
warnings.warn("pending: ignored", PendingDeprecationWarning)
warnings.warn("import: ignored", ImportWarning)
warnings.warn("resource: ignored", ResourceWarning)
warnings.warn_explicit("elsewhere: ignored", DeprecationWarning, "lib.py", 10, module="lib")
warnings.warn_explicit("main: shown", DeprecationWarning, "lib.py", 11, module="__main__")
warnings.warn("user warnings show", UserWarning)
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("shown now", PendingDeprecationWarning)
