# pathlib over the virtual file system: pure path parsing, joining and reprs, suffix and name
# edits with their ValueErrors, then mkdir/write/read/glob/rename/unlink/touch, os.walk, os.scandir's
# DirEntry, relpath/commonpath and removedirs. Listings are sorted: a real directory's order is its own.
import os
from pathlib import Path, PurePath, PurePosixPath
p = Path("data") / "sub" / "file.tar.gz"
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor)
print(list(p.parents), p.parents[0], p.parents[-1], p.parents[:2], p.parents)
print(PurePath("/a//b/./c"), PurePosixPath("//x/y"), PurePath("///z"), Path(), Path("a", "/b", "c"))
print(p.with_suffix(".txt"), p.with_name("x.py"), p.with_stem("new"), Path("a/b").relative_to("a"))
try: Path("a/b").relative_to("c")
except ValueError as e: print(e)
try: Path("/").with_name("x")
except ValueError as e: print(e)
try: p.with_suffix("txt")
except ValueError as e: print(e)
print(Path("a") == PurePosixPath("a"), Path("a") < Path("b"), hash(Path("a")) == hash(PurePath("a")))
print(Path("x.py").match("*.py"), Path("/a/b/c.py").match("b/*.py"), Path("/a/b/c.py").match("/*.py"))
print("a" / Path("b"), os.fspath(Path("q")), str(Path("/")), Path("/").name == "", Path("/x").as_uri())
try: Path("a") / 3
except TypeError as e: print(e)
print(isinstance(p, os.PathLike), issubclass(Path, os.PathLike), os.PathLike)
d = Path("work")
d.mkdir()
(d / "nested" / "deep").mkdir(parents=True)
try: d.mkdir()
except FileExistsError as e: print(repr(e), e.filename)
d.mkdir(exist_ok=True)
f = d / "notes.txt"
print(f.write_text("hello\nworld\n"), f.read_text().splitlines(), f.exists(), f.is_file(), f.is_dir(), d.is_dir())
(d / "b.bin").write_bytes(b"\x00\x01")
print((d / "b.bin").read_bytes(), (d / "b.bin").stat().st_size)
print(sorted(x.name for x in d.iterdir()))
print(sorted(map(str, d.glob("*.txt"))), sorted(map(str, d.rglob("*"))), sorted(map(str, Path(".").glob("**/deep"))))
with f.open("a") as fh: fh.write("more\n")
print(f.read_text())
g = f.rename(d / "renamed.txt")
print(g, f.exists(), g.exists())
g.unlink(); g.unlink(missing_ok=True)
try: g.unlink()
except FileNotFoundError as e: print(e)
try: g.write_text(b"x")
except TypeError as e: print(e)
(d / "t").touch(); (d / "t").touch()
try: (d / "t").touch(exist_ok=False)
except FileExistsError as e: print(e)
print(Path("work/../work/./t").resolve() == Path.cwd() / "work" / "t", Path("rel").absolute() == Path.cwd() / "rel")
for root, dirs, files in os.walk("work"):
    print(root, sorted(dirs), sorted(files))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/a/b", "/a/c"]), os.path.splitdrive("/x"))
with os.scandir("work") as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e, e.name, e.path, e.is_dir(), e.is_file(), os.fspath(e))
print(os.fsencode("a"), os.fsdecode(b"b"), os.PathLike[str])
(d / "nested" / "deep").rmdir()
os.removedirs("work/nested")  
print(sorted(os.listdir("work")))
