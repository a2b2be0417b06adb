# argparse: fromfile_prefix_chars (files on disk, nested @files, a subclass splitting lines,
# a missing file as a usage error) and parse_intermixed_args / parse_known_intermixed_args
# with their errors and restrictions.
import argparse, os, warnings
os.makedirs("/tmp/argfiles", exist_ok=True); d = "/tmp/argfiles"
a = os.path.join(d, "a.txt"); b = os.path.join(d, "b.txt")
with open(a, "w") as f: f.write("-v\n--name\nalpha\n@" + b + "\n")
with open(b, "w") as f: f.write("x y\n\nz\n")
p = argparse.ArgumentParser(prog="p", fromfile_prefix_chars="@+")
p.add_argument("-v", action="store_true"); p.add_argument("--name"); p.add_argument("rest", nargs="*")
print(p.parse_args([]))
print(p.parse_args(["@" + a, "tail", "", "-"]))
class Split(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, line):
        return line.split()
q = Split(prog="q", fromfile_prefix_chars="+")
q.add_argument("items", nargs="*")
print(q.parse_args(["+" + b, "@" + b]))
try:
    p.parse_args(["+/nonexistent/args"])
except SystemExit as e:
    print("exit", e.code)
m = argparse.ArgumentParser(prog="m")
print(m.parse_intermixed_args([]))
m.add_argument("--foo"); m.add_argument("cmd"); m.add_argument("rest", nargs="*", type=int)
print(m.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(m.parse_known_intermixed_args("doit 1 --foo bar 2 --zz 3".split()))
print(m.parse_known_args("doit 1 --foo bar 2 3".split()))
for bad in (["--foo", "x"], ["a", "b", "x"], ["a", "--bar"]):
    try:
        print(m.parse_intermixed_args(bad))
    except SystemExit as e:
        print("exit", e.code)
r = argparse.ArgumentParser(prog="r"); r.add_argument("x", nargs=argparse.REMAINDER)
try: r.parse_intermixed_args([])
except TypeError as e: print(e)
s = argparse.ArgumentParser(prog="s"); g = s.add_mutually_exclusive_group(); g.add_argument("x", nargs="?"); g.add_argument("-y")
try: s.parse_intermixed_args([])
except TypeError as e: print(e)
t = argparse.ArgumentParser(prog="t"); g = t.add_mutually_exclusive_group(required=True); g.add_argument("-a"); g.add_argument("-b"); t.add_argument("pos", nargs="*")
print(t.parse_intermixed_args(["1", "-a", "x", "2"]))
try: t.parse_intermixed_args(["1"])
except SystemExit as e: print("exit", e.code)
u = argparse.ArgumentParser(prog="u"); u.add_argument("pos", nargs="*"); u.add_argument("--req", required=True)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(u.parse_intermixed_args(["--req", "1"]), [str(x.message) for x in w])
print(u.usage)
os.remove(a); os.remove(b); os.rmdir(d)
