import getopt
cases = [
    (["-a", "1", "-b", "file"], "a:b", []),
    (["-a1", "-bc", "x", "y"], "a:bc", []),
    (["--alpha=3", "--beta", "rest", "-b"], "a:b", ["alpha=", "beta"]),
    (["--al", "v", "--be"], "", ["alpha=", "beta"]),
    (["--", "-a", "x"], "a:", []),
    (["-", "-a", "x"], "a:", []),
    (["-ba", "value"], "a:b", []),
    (["--verbose"], "", "verbose"),
    (["--out="], "", ["out="]),
    (["-a", "-b"], "a:b", []),
    ([], "a", []),
    (("--x",), "", ("x",)),
]
for args, s, l in cases:
    print(getopt.getopt(args, s, l))
for args, s, l in [
    (["-x"], "ab", []),
    (["-a"], "a:", []),
    (["--foo"], "", ["bar"]),
    (["--b"], "", ["bar", "baz"]),
    (["--bar=1"], "", ["bar"]),
    (["--baz"], "", ["baz="]),
    (["-:"], "a:", []),
    (["--"+"b"], "", ["bar=", "bar"]),
]:
    try:
        print(getopt.getopt(args, s, l))
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), repr(e), e.msg, e.opt, e.args)
print(getopt.error is getopt.GetoptError, getopt.__all__)
print(getopt.gnu_getopt(["a", "-v", "b", "--out", "f", "c", "--", "-z"], "v", ["out="]))
print(getopt.gnu_getopt(["a", "-v"], "+v", []))
print(getopt.gnu_getopt(["-v", "a", "-v"], "+v", []))
print(getopt.gnu_getopt(["-", "x"], "x", []))
try:
    getopt.gnu_getopt(["file", "--nope"], "", [])
except getopt.error as e:
    print(e)
e = getopt.GetoptError("m")
print(e.opt == '', e.args, str(e))
print(getopt.GetoptError.msg, getopt.GetoptError.opt)
