# Each filter action of the warnings module: "default" shows a warning once per line,
# "always" every time, "module" once per module, "once" once in all, "ignore" never,
# and "error" turns the warning into an exception.
import warnings


def emit(text, times=2):
    for _ in range(times):
        warnings.warn(text)


for action in ["default", "always", "module", "once", "ignore"]:
    warnings.simplefilter(action)
    print("action:", action)
    emit(f"{action} first line")
    emit(f"{action} first line", 1)
    warnings.warn(f"{action} other line")

warnings.simplefilter("error")
try:
    emit("as an error")
except UserWarning as e:
    print("caught", type(e).__name__, e.args)
print(__warningregistry__["version"], len(warnings.filters))
