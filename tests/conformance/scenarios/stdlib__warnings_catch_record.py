# catch_warnings(record=True) collects the warnings instead of printing them (each a
# WarningMessage) and restores the filters and showwarning on exit, also when nested.
import warnings

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("first")
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn("inner", RuntimeWarning)
        warnings.simplefilter("ignore")
        warnings.warn("lost")
    warnings.warn("second", DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            warnings.warn("an error inside")
        except UserWarning as e:
            print("caught", e)
    warnings.warn("third")
print([str(w.message) for w in outer], [w.category.__name__ for w in outer])
print([str(w.message) for w in inner])
w = outer[0]
print(w.filename, w.lineno, w.line, w.file, w.source)
print(str(w))
print(warnings.filters == before, warnings.showwarning is warnings._showwarning_orig)
warnings.warn("printed again after the block")
cm = warnings.catch_warnings(record=True)
print(repr(cm))
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with cm:
    try:
        cm.__enter__()
    except RuntimeError as e:
        print(e)
