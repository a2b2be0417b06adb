# os.path splits and joins POSIX paths by text alone: join restarts at an absolute part,
# splitext keeps a leading dot with the name, normpath folds "." and "..". os.environ is a
# str-to-str mapping with a repr of its own. Notice the edge cases of each function.
import os
import os.path

p = os.path
print(p.join("a", "b", "c.txt"), p.join("/root", "etc", "/abs", "x"), p.join("dir/", "f"), p.join("", "f"), p.join("a", ""))
for path in ["/usr/lib/python3.11/os.py", "relative/file", "file.tar.gz", ".bashrc", "/", "a/b/", "//x", ""]:
    print(repr(path), p.basename(path), repr(p.dirname(path)), p.split(path), p.splitext(path), p.isabs(path))
print(p.normpath("a/./b/../c//d/"), p.normpath("/../x"), p.normpath("../../a"), p.normpath("//a//b"), p.normpath("///a"))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), p.sep, os.sep, os.curdir, os.pardir, os.extsep, os.pathsep)
print(os.environ, len(os.environ), list(os.environ), "TZ" in os.environ, os.environ.get("TZ"), dict(os.environ.items()))
os.environ.update({"A": "1"}, B="2")
print(sorted(os.environ.keys()), os.environ.setdefault("A", "9"), os.environ.pop("B"), os.environ.pop("B", "none"))
del os.environ["A"]
print(os.environ.copy(), type(os.environ.copy()).__name__, os.getenv("TZ"), os.getenv("NOPE", 0), os.name, repr(os.linesep))
print(os.getppid() != os.getpid(), os.cpu_count() * 2, os.fspath("x"), os.devnull, os.altsep)
for bad in (lambda: os.environ["NOPE"], lambda: os.environ.__setitem__("K", 1), lambda: os.getenv(1),
            lambda: os.environ.pop("NOPE"), lambda: p.join("a", 5), lambda: p.basename(3), lambda: os.fspath(3)):
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
