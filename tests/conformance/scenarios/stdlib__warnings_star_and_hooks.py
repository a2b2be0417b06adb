# `from warnings import *` binds the names of warnings.__all__; showwarning can write to
# any file, formatwarning builds the text, WarningMessage describes one warning, and
# warn(source=...) adds tracemalloc's hint.
from warnings import *
import io
import warnings

print(sorted(k for k in dir() if not k.startswith("__") and k not in ("io", "warnings")))
buf = io.StringIO()
showwarning("into a buffer", UserWarning, "stdlib__warnings_star_and_hooks.py", 4, buf)
print(repr(buf.getvalue()))
print(repr(formatwarning("no line", SyntaxWarning, "nowhere.py", 1)))
print(repr(formatwarning("given line", UserWarning, "nowhere.py", 1, "   x = 1   ")))
m = warnings.WarningMessage(UserWarning("u"), UserWarning, "f.py", 2, None, "src", object)
print(m.message, m.category.__name__, m.filename, m.lineno, m.file, m.line, m.source)
print(warnings.WarningMessage._WARNING_DETAILS)
warn("with a source object", source=m)
warn_explicit(DeprecationWarning("an instance"), UserWarning, "elsewhere.py", 5)
simplefilter("ignore")
warn("hidden")
resetwarnings()
filterwarnings("always", category=UserWarning)
warn("repeated")
warn("repeated")
print(len(warnings.filters), warnings.catch_warnings().__class__.__name__)
