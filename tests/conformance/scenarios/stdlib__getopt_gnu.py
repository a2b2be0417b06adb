import getopt, os
argv = ["build", "-j4", "--target", "x86", "src/", "-v", "--", "--not-an-option", "-j"]
opts, rest = getopt.gnu_getopt(argv, "j:v", ["target=", "verbose"])
print(opts)
print(rest)
opts, rest = getopt.getopt(argv, "j:v", ["target=", "verbose"])
print(opts, rest)
print(getopt.gnu_getopt(argv, "+j:v", ["target=", "verbose"]))
os.environ["POSIXLY_CORRECT"] = "1"
print(getopt.gnu_getopt(["x", "-v"], "v"))
del os.environ["POSIXLY_CORRECT"]
print(getopt.gnu_getopt(["x", "-v"], "v"))
print(getopt.gnu_getopt(["--ver", "--tar=arm"], "", ["verbose", "target="]))
print(getopt.getopt(["-vvv", "-j", "-v"], "vj:"))
print(getopt.getopt(["--long=a=b"], "", ["long="]))
config = {"jobs": 1, "verbose": 0}
for opt, val in getopt.getopt(["-v", "--jobs=8", "-v"], "v", ["jobs="])[0]:
    if opt == "-v":
        config["verbose"] += 1
    elif opt == "--jobs":
        config["jobs"] = int(val)
print(config)
try:
    getopt.gnu_getopt(["a", "-j"], "j:")
except getopt.GetoptError as e:
    print(f"error: {e} (opt={e.opt!r})")
getopt.getopt(["--verb=1"], "", ["verbose"])
