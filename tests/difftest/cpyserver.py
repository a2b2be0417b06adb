"""A fork server for the CPython side: the harness's child mode without the interpreter start.

Started by difftest.py with the harness's child environment (PYTHONHASHSEED=0, ...). It
imports the harness once; then for each line `PATH` on stdin it forks, and the child runs
`harness._child(PATH)` (the same function `harness.py --child PATH` runs) with stdout and
stderr going to PATH.stdout and PATH.stderr and the current directory being PATH's; the
server answers one line, the child's exit status. A fresh `python3 harness.py --child` costs
~0.1 s of interpreter start and imports; a fork costs a few milliseconds.

What differs from a fresh child: nothing the harness sets up (it does all of that inside
`_child`), but the garbage collector's allocation counters start where the server left them,
and addresses repeat from run to run. difftest.py reruns every mismatch in a fresh child
under another hash seed before it believes it.
"""

import os
import signal
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "conformance"))

import harness  # noqa: E402

TIMEOUT = int(os.environ.get("DIFFTEST_TIMEOUT", "60"))


def serve():
    requests = sys.stdin.buffer
    answers = sys.stdout.buffer
    while True:
        line = requests.readline()
        if not line:
            return
        path = line.decode("utf-8").rstrip("\n")
        answers.flush()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            try:
                null = os.open(os.devnull, os.O_RDONLY)
                out = os.open(path + ".stdout", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                err = os.open(path + ".stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                os.dup2(null, 0)
                os.dup2(out, 1)
                os.dup2(err, 2)
                os.chdir(os.path.dirname(path))
                signal.alarm(TIMEOUT)
                harness._child(path)
            finally:
                os._exit(70)
        _, status = os.waitpid(pid, 0)
        answers.write(b"%d\n" % os.waitstatus_to_exitcode(status))
        answers.flush()


if __name__ == "__main__":
    serve()
