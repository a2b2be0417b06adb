# Modules only Windows (or macOS) builds of CPython have are ModuleNotFoundError on Linux,
# so the cross-platform idiom takes its POSIX branch.
import importlib
import os

try:
    import msvcrt

    def clear_screen():
        return "cls"
except ImportError as e:
    print(type(e).__name__, e, e.name)

    def clear_screen():
        return "clear"

print("command:", clear_screen(), os.name)
for name in ("winreg", "winsound", "_winapi", "nt", "_overlapped", "msilib", "_msi", "_scproxy"):
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:
        print(name, "->", e)
try:
    from winreg import HKEY_CURRENT_USER
except ImportError as e:
    print(type(e).__name__, e)
try:
    import msvcrt.sub
except ImportError as e:
    print(type(e).__name__, e)
