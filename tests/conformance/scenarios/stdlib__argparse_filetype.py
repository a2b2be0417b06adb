# argparse.FileType opens the named file (reprs, a default '-' for stdout, the 'can't open' error).
import argparse
print(repr(argparse.FileType('w', encoding='utf-8')), repr(argparse.FileType()), repr(argparse.FileType('rb', 0)))
with open("in.txt", "w") as f:
    f.write("alpha\nbeta\n")
p = argparse.ArgumentParser(prog="wc")
p.add_argument("infile", type=argparse.FileType("r"))
p.add_argument("-o", "--out", type=argparse.FileType("w"), default="-")
ns = p.parse_args(["in.txt", "-o", "out.txt"])
lines = ns.infile.read().splitlines()
ns.out.write(f"{len(lines)} lines\n")
ns.out.close(); ns.infile.close()
print(open("out.txt").read(), ns.infile.name)
try:
    p.parse_args(["nope.txt"])
except SystemExit as e:
    print("exit", e.code)
