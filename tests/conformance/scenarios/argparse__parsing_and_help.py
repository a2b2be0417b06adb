# argparse: a script's parser read with no command line (the defaults), then parse_args on
# lists: counts, appends, BooleanOptionalAction, abbreviations, `--`, REMAINDER, mutually
# exclusive groups, argument groups, subcommands with aliases, type errors, choices, the
# help and usage text (wrapped at 78 columns) and every error's usage + message + exit 2.
import argparse
import asyncio

parser = argparse.ArgumentParser(description="Fetch some URLs concurrently, with a limit on how many run at once and a timeout for each.")
parser.add_argument("urls", nargs="*", default=["http://example.com"], help="the URLs to fetch")
parser.add_argument("-n", "--concurrency", type=int, default=5, help="how many fetches run at once (default: %(default)s)")
parser.add_argument("--timeout", type=float, default=2.5, metavar="SECONDS")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("--retry", action=argparse.BooleanOptionalAction, default=True, help="retry failed fetches")
parser.add_argument("--tag", action="append", dest="tags")
parser.add_argument("--dry-run", action="store_true")
args = parser.parse_args()
print(args)
print(vars(args))
print(parser.parse_args(["-vv", "--concurrency", "3", "a", "b", "--no-retry", "--tag=x", "--tag", "y", "--dry", "--mode=slow"]))
print(parser.parse_args(["-n7", "--", "-x"]))
parser.print_help()
print(parser.format_usage(), end="")
print(repr(parser)[:60])
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns, argparse.Namespace(**{"not id": 3}))
known, rest = parser.parse_known_args(["--unknown", "u1", "--timeout", "1"])
print(known.timeout, rest)
for bad in (["--concurrency", "many"], ["--mode", "medium"], ["--timeout"], ["--zzz"], ["--t", "1"]):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)

p2 = argparse.ArgumentParser(prog="tool", epilog="See the docs.", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument("src")
p2.add_argument("dst", nargs="?", default="out")
g = p2.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--yaml", action="store_true")
grp = p2.add_argument_group("network", "Settings of the connection.")
grp.add_argument("--host", default="localhost", help="server host")
grp.add_argument("--port", type=int, default=8080, help="server port")
p2.print_help()
print(p2.parse_args(["in.txt", "--json", "--port", "9"]))
for bad in ([], ["a", "--json", "--yaml"], ["a", "b", "c"]):
    try:
        p2.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
sub_parser = argparse.ArgumentParser(prog="git")
subs = sub_parser.add_subparsers(dest="command", help="what to do")
c = subs.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
pu = subs.add_parser("push", aliases=["p"], help="send changes")
pu.add_argument("remote", nargs="?", default="origin")
print(sub_parser.parse_args(["commit", "-m", "hi"]), sub_parser.parse_args(["p"]))
sub_parser.print_help()
try:
    sub_parser.parse_args(["commit"])
except SystemExit as e:
    print("exit", e.code)
try:
    sub_parser.parse_args(["fetch"])
except SystemExit as e:
    print("exit", e.code)
try:
    p2.add_argument("--json")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    p2.add_argument("x", required=True)
except TypeError as e:
    print("TypeError:", e)
def positive(text):
    n = int(text)
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{n} is not positive")
    return n
p3 = argparse.ArgumentParser(prog="p3", add_help=False)
p3.add_argument("count", type=positive)
p3.add_argument("rest", nargs=argparse.REMAINDER)
print(p3.parse_args(["3", "--x", "y"]))
try:
    p3.parse_args(["-3"])
except SystemExit as e:
    print("exit", e.code)
long = argparse.ArgumentParser(prog="a-program-with-a-rather-long-name-for-wrapping")
for i in range(8):
    long.add_argument(f"--option-number-{i}", metavar="VALUE", help="an option whose help text is long enough to wrap onto a second line of the help")
long.add_argument("inputs", nargs="+")
long.print_usage()
long.print_help()
parser.parse_args(["--help"])
