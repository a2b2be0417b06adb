# A command-line tool's exit codes as an IntEnum: sys.exit(member) exits with the member's
# value and prints nothing (CPython's PyLong_Check takes an int subclass as an int).
import sys
from enum import IntEnum


class Status(IntEnum):
    OK = 0
    USAGE = 2
    FAILED = 3


def main(argv):
    if len(argv) < 5:
        print("usage: tool FILE...", file=sys.stderr)
        return Status.FAILED
    return Status.OK


try:
    sys.exit(Status.USAGE)
except SystemExit as e:
    print("caught", repr(e.code), e.code == 2, type(e.code).__name__)

sys.exit(main(sys.argv))
