import getopt, sys

def usage():
    print("usage: prog [-h] [-o file] [-v] [--level=N] files...")

def main(argv):
    try:
        opts, args = getopt.getopt(argv, "ho:v", ["help", "output=", "level="])
    except getopt.GetoptError as err:
        print(err)
        usage()
        return 2
    output = None
    verbose = False
    level = 1
    for o, a in opts:
        if o == "-v":
            verbose = True
        elif o in ("-h", "--help"):
            usage()
            return 0
        elif o in ("-o", "--output"):
            output = a
        elif o == "--level":
            level = int(a)
        else:
            assert False, "unhandled option"
    print("output:", output, "verbose:", verbose, "level:", level, "args:", args)
    return 0

for argv in (["-v", "-o", "out.txt", "a.txt"], ["--level=3", "--out", "x"], ["--help"], ["-q"],
             ["--lev"], ["--output"]):
    print("rc", main(argv))
print(sys.argv[1:], getopt.getopt(sys.argv[1:], "x"))
getopt.getopt(["--bogus"], "", ["boguz"])
