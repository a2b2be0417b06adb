# pathlib's edges: Path in open/json/os.path.join, ordering and hashing against str, copying and
# pickling, ~ and $VAR expansion, os.walk's onerror and bottom-up order, parents' IndexError,
# glob's pattern errors, a non-path argument, WindowsPath on Linux and the deprecated 'with Path'.
import os, json, copy, pickle
from pathlib import Path, PurePath
import pathlib
p = Path("cfg.json")
with open(p, "w") as f:
    json.dump({"a": 1}, f)
print(json.loads(p.read_text()), PurePath("a"), Path("a").__class__.__name__, type(Path("a")).__mro__)
print(sorted([Path("b"), Path("a/c"), Path("a")]), {Path("a"): 1}[Path("a")], f"{p}", f"{p!r}")
try: format(p, ">10")
except TypeError as e: print(e)
print(Path("a") == "a")
try: Path("a") < "b"
except TypeError as e: print(e)
print(copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p)))
print(os.path.join(Path("x"), "y", Path("z")), os.path.basename(Path("a/b.txt")), os.path.exists(p), os.path.getsize(p))
print(Path("~/a").expanduser() == Path.home() / "a", os.path.expanduser("~").startswith("/"))
os.environ["NAME"] = "world"
print(os.path.expandvars("hi $NAME ${NAME} $MISSING"))
errs = []
print(list(os.walk("missing", onerror=errs.append)), errs)
os.makedirs("t/a/b"); open("t/a/f.txt", "w").close()
print(list(os.walk("t", topdown=False)))
print(list(os.walk(Path("t"))))
print(Path("t").stat().st_mode, oct(Path("t/a/f.txt").stat().st_mode))
print(Path("t/a/f.txt").samefile("t/a/f.txt"), os.path.islink("t"), os.path.ismount("/"), os.path.ismount("t"))
print(Path("/").parent, Path(".").parent, Path("..").parent, Path("a/..").parts, Path("a").parents[0])
try: Path("a").parents[1]
except IndexError as e: print("IndexError", e)
print(Path("a/b").is_relative_to("a"), Path("/etc").relative_to("/"), PurePath("a/b.c.d").with_suffix(""))
try: next(Path("missing").iterdir())
except FileNotFoundError as e: print(e)
try: Path("t/a/f.txt").read_text(encoding="bogus")
except LookupError as e: print(e)
print(list(Path("t").glob("**/*.txt")), list(Path("t").glob("a/")), list(Path("t").glob("nope*")))
try: list(Path("t").glob(""))
except ValueError as e: print(e)
try: list(Path("t").glob("/x"))
except NotImplementedError as e: print(e)
try: Path(3)
except TypeError as e: print(e)
print(pathlib.__all__, Path.cwd().is_absolute())
try: pathlib.WindowsPath("x")
except NotImplementedError as e: print(e)
with Path("x") as q:
    print(q)
