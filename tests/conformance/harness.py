"""Loopscope conformance harness: the CPython 3.11 side.

Runs a scenario program under real CPython 3.11 with a *virtual clock* and a virtual selector,
the same rules the Loopscope engine follows, and records what CPython printed:

    python3 tests/conformance/harness.py --regen              # regenerate every expected file
    python3 tests/conformance/harness.py --regen NAME...      # regenerate some (NAME, NAME.py or a path)
    python3 tests/conformance/harness.py scenarios/x.py       # print stdout, stderr, status; write nothing
    python3 tests/conformance/harness.py --check [NAME...]    # compare with expected/, also under
                                                              # other hash seeds (not for a scenario
                                                              # marked `# hashseed: 0`); exit 1 on a
                                                              # difference
    python3 tests/conformance/harness.py --child PATH --timed # run PATH directly (no normalization);
                                                              # last stderr line: `harness: timed S s`,
                                                              # the real seconds compile + run + shutdown
                                                              # took (for loopscope-bench)

--regen and --check run a network scenario (one that uses sockets) 10 times and require the same
output every time (README.md, "Networking").

Each scenario runs in its own child process (`harness.py --child PATH`); the parent captures the
child's raw stdout/stderr/exit status and applies `normalize`. See README.md for the rules.
"""

import sys

if sys.version_info[:2] != (3, 11):
    sys.exit(
        "tests/conformance/harness.py must run under CPython 3.11 (Loopscope simulates 3.11), "
        f"but this is Python {sys.version.split()[0]} at {sys.executable}."
    )

import asyncio
import asyncio.events
import builtins
import concurrent.futures
import ctypes
import datetime
import difflib
import gc
import io
import itertools
import linecache
import os
import random
import re
import selectors
import subprocess
import time
import traceback
import types
import weakref

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIOS = os.path.join(HERE, "scenarios")
EXPECTED = os.path.join(HERE, "expected")

# The micro version the committed expected files were made with. Another 3.11.x works, but a
# line number inside the standard library (e.g. `<stdlib>/asyncio/events.py:80` in a warning)
# could differ, so --regen says so.
REFERENCE_VERSION = (3, 11, 7)

# Every loop gets this clock resolution (CPython reads time.get_clock_info('monotonic'), which is
# 1e-09 on Linux). A timer fires when `when < loop.time() + resolution`.
CLOCK_RESOLUTION = 1e-09

DEADLOCK_MESSAGE = (
    "Deadlock: no callback is ready, no timer is scheduled and no I/O can arrive, "
    "so the event loop would wait forever.\n"
)

STDLIB_DIR = os.path.dirname(os.__file__)


# --------------------------------------------------------------------------------------------
# Normalization (parent side)
# --------------------------------------------------------------------------------------------

_FRAME_LINE = re.compile(r'^  File "(?P<file>[^"]*)", line \d+')
_MARKER_LINE = re.compile(r"^[ \t]*[\^~][\^~ \t]*$")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
# The margin of a line inside an exception group's traceback: two spaces per nesting level,
# then "| " (traceback.py's and the interpreter's format for `ExceptionGroup` trees).
_GROUP_MARGIN = re.compile(r"^(?:  )+\| ")


def _stdlib_prefixes():
    prefixes = {STDLIB_DIR, os.path.realpath(STDLIB_DIR)}
    return sorted(prefixes, key=len, reverse=True)


def normalize(text, is_stderr, scenario_file=None):
    """Normalize one captured stream of a scenario run (the same rules the Rust side applies).

    Rules, in this order:
      a. Standard-library paths: every occurrence of the Python installation's lib directory
         (``os.path.dirname(os.__file__)``, e.g. ``/usr/lib/python3.11``) is replaced with
         ``<stdlib>``, so ``.../asyncio/events.py`` becomes ``<stdlib>/asyncio/events.py``.
         (stdout and stderr.) The scenario itself is compiled under its basename, so its frames
         already say ``File "name.py"``.
      b. Traceback frames (stderr only): a frame entry is a line ``  File "PATH", line N...``
         plus the lines under it that are indented by four or more spaces (source line, caret
         line, ``[Previous line repeated ...]``). Entries whose PATH is not the scenario file are
         dropped. Everything else stays: ``Traceback (most recent call last):``, the scenario's
         frames, exception lines, chaining lines and the blank lines around them.
         The scenario file is ``scenario_file`` when given, otherwise any PATH that contains no
         ``/`` and does not start with ``<``.
      c. Position markers (stderr only): lines made only of spaces/tabs and ``^``/``~``
         characters (at least one of them) are dropped; they are CPython 3.11's caret lines.
         Hex addresses (stdout and stderr): every ``0x[0-9a-fA-F]+`` becomes ``0x...``.
      Inside an exception group's traceback every line starts with a margin (two spaces per
      nesting level, then ``| ``); rules b and c look at the line after its margin, and a
      dropped frame entry's lines are those with the same margin.
    """
    for prefix in _stdlib_prefixes():
        text = text.replace(prefix + os.sep, "<stdlib>/").replace(prefix, "<stdlib>")
    if is_stderr:
        out = []
        dropping = None  # the margin of the frame entry being dropped, or None
        for line in text.splitlines(keepends=True):
            g = _GROUP_MARGIN.match(line)
            margin = g.group(0) if g else ""
            inner = line[len(margin):]
            m = _FRAME_LINE.match(inner)
            if m:
                path = m.group("file")
                if scenario_file is not None:
                    keep = path == scenario_file
                else:
                    keep = "/" not in path and not path.startswith("<")
                dropping = None if keep else margin
                if not keep:
                    continue
            elif dropping is not None:
                if margin == dropping and inner.startswith("    "):
                    continue
                dropping = None
            if _MARKER_LINE.match(inner.rstrip("\n")):
                continue
            out.append(line)
        text = "".join(out)
    return _HEX.sub("0x...", text)


# --------------------------------------------------------------------------------------------
# Parent side: run children, write or compare expected files
# --------------------------------------------------------------------------------------------


def child_env(hashseed="0"):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(
        {
            "PYTHONHASHSEED": hashseed,
            "PYTHONIOENCODING": "utf-8",
            "PYTHONUTF8": "1",
            "PYTHONNOUSERSITE": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
            "TZ": "UTC",
        }
    )
    return env


def run_scenario(path, hashseed="0"):
    """Run one scenario in a child process; return (stdout, stderr, status), normalized."""
    proc = subprocess.run(
        [sys.executable, os.path.abspath(__file__), "--child", os.path.abspath(path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=child_env(hashseed),
        cwd=os.path.dirname(os.path.abspath(path)),
        timeout=600,
    )
    base = os.path.basename(path)
    out = normalize(proc.stdout.decode("utf-8", "replace"), False, base)
    err = normalize(proc.stderr.decode("utf-8", "replace"), True, base)
    return out, err, proc.returncode


def resolve(name):
    """NAME, NAME.py, scenarios/NAME.py or any path to a scenario file."""
    for cand in (name, os.path.join(HERE, name)):
        if os.path.isfile(cand):
            return cand
    stem = os.path.basename(name)
    if stem.endswith(".py"):
        stem = stem[:-3]
    cand = os.path.join(SCENARIOS, stem + ".py")
    if os.path.isfile(cand):
        return cand
    sys.exit(f"no such scenario: {name}")


def all_scenarios():
    return sorted(
        os.path.join(SCENARIOS, f) for f in os.listdir(SCENARIOS) if f.endswith(".py")
    )


def expected_paths(path):
    stem = os.path.basename(path)[:-3]
    return [os.path.join(EXPECTED, stem + ext) for ext in (".stdout", ".stderr", ".status")]


def _write(path, text):
    data = text.encode("utf-8")
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def _run_many(paths, hashseed="0"):
    if not paths:
        return []
    workers = max(1, min(len(paths), os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        return list(pool.map(lambda p: run_scenario(p, hashseed), paths))


def cmd_regen(names):
    if sys.version_info[:3] != REFERENCE_VERSION:
        print(
            "warning: the expected files were made with Python %d.%d.%d; this is %s"
            % (REFERENCE_VERSION + (sys.version.split()[0],)),
            file=sys.stderr,
        )
    paths = [resolve(n) for n in names] if names else all_scenarios()
    os.makedirs(EXPECTED, exist_ok=True)
    changed = unstable = 0
    for path, runs in zip(paths, _run_repeated(paths)):
        if _report_unstable(path, runs):
            unstable += 1
            continue
        out, err, status = runs[0]
        o, e, s = expected_paths(path)
        c = _write(o, out) | _write(e, err) | _write(s, f"{status}\n")
        changed += c
        print(f"{'changed' if c else 'same   '}  status {status}  {os.path.basename(path)}")
    if not names:  # a full run also removes expected files whose scenario is gone
        stems = {os.path.basename(p)[:-3] for p in paths}
        for f in sorted(os.listdir(EXPECTED)):
            stem, ext = os.path.splitext(f)
            if ext in (".stdout", ".stderr", ".status") and stem not in stems:
                os.remove(os.path.join(EXPECTED, f))
                print(f"removed  {f} (no such scenario)")
    print(f"{len(paths)} scenarios, {changed} changed")
    if unstable:
        print(f"{unstable} network scenarios gave different outputs over {NET_RUNS} runs: not written")
        return 1
    return 0


_HASHSEED_MARK = re.compile(r"^# hashseed: 0[ \t]*$")


def leading_comment(path):
    """The scenario's leading comment block: its first lines that start with `#`."""
    lines = []
    with open(path, "rb") as f:
        for raw in f:
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if not line.startswith("#"):
                break
            lines.append(line)
    return lines


def check_seeds(path):
    """The hash seeds --check runs a scenario under. A scenario whose output deliberately
    depends on str/bytes hashing (e.g. the iteration order of a set of strings, which the
    engine must reproduce for PYTHONHASHSEED=0) says so with a line `# hashseed: 0` in its
    leading comment block; it is checked under seed 0 only."""
    if any(_HASHSEED_MARK.match(line) for line in leading_comment(path)):
        return ("0",)
    return CHECK_SEEDS


CHECK_SEEDS = ("0", "1", "12345")


# --------------------------------------------------------------------------------------------
# Parent side, networking (issue 13): network scenarios run NET_RUNS times
# --------------------------------------------------------------------------------------------

# A network scenario talks to itself over real loopback sockets. Its output is deterministic
# only if the kernel behaves as README.md's "Networking" section assumes, so --regen runs it
# NET_RUNS times and writes nothing unless every run printed the same; --check runs it
# NET_RUNS times in all (the extra runs under seed 0) and compares every run.
NET_RUNS = 10

# What makes a scenario a network scenario: it mentions one of these names.
_NETWORK_API = re.compile(
    r"\b(?:socket|socketpair|start_server|open_connection|create_server|create_connection"
    r"|create_datagram_endpoint|sock_(?:recv|recv_into|recvfrom|sendall|sendto|accept|connect)"
    r"|add_reader|add_writer)\b"
)


def is_network(path):
    with open(path, "rb") as f:
        return bool(_NETWORK_API.search(f.read().decode("utf-8", "replace")))


def _runs_for(path, seed, checking):
    """How many times a scenario runs under `seed`: once, or for a network scenario NET_RUNS
    (under --check, NET_RUNS over all its seeds: the runs beyond one per seed under seed 0)."""
    if not is_network(path):
        return 1
    if not checking:
        return NET_RUNS
    seeds = check_seeds(path)
    return NET_RUNS - (len(seeds) - 1) if seed == "0" else 1


def _run_repeated(paths, hashseed="0", checking=False):
    """Run every scenario (a network scenario several times, all in parallel); for each path,
    the list of its (stdout, stderr, status) results."""
    counts = [_runs_for(p, hashseed, checking) for p in paths]
    flat = _run_many([p for p, n in zip(paths, counts) for _ in range(n)], hashseed)
    out, i = [], 0
    for n in counts:
        out.append(flat[i : i + n])
        i += n
    return out


def _runs_note(runs):
    """For a result among several runs: ", k of n runs"; nothing for a single run."""
    if len(runs) == 1:
        return lambda got: ""
    return lambda got: f", {runs.count(got)} of {len(runs)} runs"


def _report_unstable(path, runs):
    """Print how a network scenario's runs differ (the two most common outputs); True if they
    do."""
    variants = sorted(dict.fromkeys(runs), key=runs.count, reverse=True)
    if len(variants) == 1:
        return False
    print(f"UNSTABLE {os.path.basename(path)}: {len(variants)} different outputs in {len(runs)} runs")
    a, b = variants[0], variants[1]
    for label, x, y in zip(("stdout", "stderr", "status"), a, b):
        if x != y:
            x, y = str(x).splitlines(True), str(y).splitlines(True)
            name_a = f"{runs.count(a)} runs"
            name_b = f"{runs.count(b)} runs"
            sys.stdout.writelines(difflib.unified_diff(x, y, name_a, name_b))
    return True


def cmd_check(names):
    paths = [resolve(n) for n in names] if names else all_scenarios()
    bad = 0
    for seed in CHECK_SEEDS:
        todo = [p for p in paths if seed in check_seeds(p)]
        for path, runs in zip(todo, _run_repeated(todo, seed, checking=True)):
            runs_note = _runs_note(runs)
            want = []
            for p in expected_paths(path):
                try:
                    with open(p, encoding="utf-8", newline="") as f:
                        want.append(f.read())
                except FileNotFoundError:
                    want.append(None)
            for got in dict.fromkeys(runs):  # each distinct result once
                note = runs_note(got)
                got = (got[0], got[1], f"{got[2]}\n")
                for label, g, w in zip(("stdout", "stderr", "status"), got, want):
                    if g != w:
                        bad += 1
                        print(
                            f"MISMATCH {os.path.basename(path)} {label} "
                            f"(PYTHONHASHSEED={seed}{note})"
                        )
                        diff = difflib.unified_diff(
                            (w or "").splitlines(True), g.splitlines(True), "expected", "got"
                        )
                        sys.stdout.writelines(diff)
    pinned = sum(1 for p in paths if check_seeds(p) != CHECK_SEEDS)
    note = f" ({pinned} pinned to seed 0 by `# hashseed: 0`)" if pinned else ""
    net = sum(1 for p in paths if is_network(p))
    if net:
        note += f" ({net} network scenarios run {NET_RUNS} times)"
    print(f"{len(paths)} scenarios checked under 3 hash seeds{note}, {bad} mismatches")
    return 1 if bad else 0


def cmd_show(path):
    out, err, status = run_scenario(resolve(path))
    sys.stdout.write("----- stdout -----\n" + out)
    if out and not out.endswith("\n"):
        sys.stdout.write("\n[no newline at end of stdout]\n")
    sys.stdout.write("----- stderr -----\n" + err)
    sys.stdout.write(f"----- status: {status}\n")


# --------------------------------------------------------------------------------------------
# Child side: the virtual world
# --------------------------------------------------------------------------------------------

_now = 0.0  # the virtual clock, in seconds

_real_gmtime = time.gmtime
_real_strftime = time.strftime
_real_asctime = time.asctime
_real_perf_counter = time.perf_counter  # kept: the virtual world replaces time.perf_counter


class _VirtualBuiltin:
    """Wraps a virtual-world replacement for a builtin function (time.time, os.cpu_count...).
    Like a builtin, and unlike a plain Python function, it does not become a bound method when
    stored as a class attribute, so `logging.Formatter.converter = time.gmtime` still works."""

    __slots__ = ("_func", "__name__", "__qualname__")

    def __init__(self, func, name):
        self._func = func
        self.__name__ = self.__qualname__ = name

    def __call__(self, *args, **kwargs):
        return self._func(*args, **kwargs)

    def __repr__(self):
        return f"<built-in function {self.__name__}>"


def _v_clock():
    return _now


def _v_clock_ns():
    return round(_now * 1_000_000_000)


def _v_sleep(secs):
    global _now
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _now = _now + secs


def _v_gmtime(secs=None):
    return _real_gmtime(_now if secs is None else secs)


def _v_strftime(format, t=None):
    return _real_strftime(format, _real_gmtime(_now) if t is None else t)


def _v_ctime(secs=None):
    return _real_asctime(_real_gmtime(_now if secs is None else secs))


def _v_asctime(t=None):
    return _real_asctime(_real_gmtime(_now) if t is None else t)


class _StampedStdout(io.TextIOBase):
    """sys.stdout: every line starts with the virtual time at which its first character
    (possibly the newline of an empty line) was written, as f"{t:.3f} "."""

    def __init__(self, raw):
        self._raw = raw
        self._at_line_start = True

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        parts = s.split("\n")
        pieces = [p + "\n" for p in parts[:-1]] + [parts[-1]]
        out = []
        for piece in pieces:
            if not piece:
                continue
            if self._at_line_start:
                out.append(f"{_now:.3f} ")
            out.append(piece)
            self._at_line_start = piece.endswith("\n")
        self._raw.write("".join(out))
        return len(s)

    def flush(self):
        self._raw.flush()


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        fd = int(fileobj.fileno())
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


class VirtualSelector(selectors.BaseSelector):
    """A selector on which nothing ever becomes ready. select(timeout) advances the virtual
    clock by exactly `timeout`; select(None) means the loop would wait forever: a deadlock."""

    def __init__(self):
        self._map = {}
        self.loop = None

    def register(self, fileobj, events, data=None):
        if not events or events & ~(selectors.EVENT_READ | selectors.EVENT_WRITE):
            raise ValueError(f"Invalid events: {events!r}")
        fd = _fileobj_to_fd(fileobj)
        if fd in self._map:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        key = selectors.SelectorKey(fileobj, fd, events, data)
        self._map[fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._map.pop(_fileobj_to_fd(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def get_key(self, fileobj):
        try:
            return self._map[_fileobj_to_fd(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def get_map(self):
        return types.MappingProxyType(self._map)

    def select(self, timeout=None):
        global _now
        if timeout is None:
            _deadlock(self.loop)
        _now = _now + timeout
        return []

    def close(self):
        self._map.clear()


# asyncio logs "Using selector: <class name>" at DEBUG level when a loop is created (visible
# with logging.basicConfig(level=logging.DEBUG)); CPython on Linux uses an EpollSelector.
VirtualSelector.__name__ = "EpollSelector"
VirtualSelector.__qualname__ = "EpollSelector"


def _task_sort_key(task):
    name = task.get_name()
    m = re.search(r"(\d+)$", name)
    if m:
        return (0, int(m.group(1)), name)
    return (1, 0, name)


def _deadlock(loop):
    sys.stdout.flush()
    sys.__stdout__.flush()
    tasks = sorted(asyncio.all_tasks(loop), key=_task_sort_key)
    err = sys.__stderr__
    err.write(DEADLOCK_MESSAGE)
    err.write("Pending tasks:\n")
    for t in tasks:
        err.write(f"  {t!r}\n")
    err.flush()
    os._exit(3)


_timer_seq = 0


class _SeqTimerHandle(asyncio.events.TimerHandle):
    """TimerHandle ordered by (when, creation sequence): equal deadlines fire in the order
    they were scheduled. __eq__/__hash__ are inherited unchanged."""

    __slots__ = ("_seq",)

    def __init__(self, *args, **kwargs):
        global _timer_seq
        super().__init__(*args, **kwargs)
        _timer_seq += 1
        self._seq = _timer_seq

    def __lt__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._seq) < (other._when, other._seq)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._seq) <= (other._when, other._seq)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._seq) > (other._when, other._seq)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._seq) >= (other._when, other._seq)
        return NotImplemented


_SeqTimerHandle.__name__ = "TimerHandle"
_SeqTimerHandle.__qualname__ = "TimerHandle"


# Creation order of every task (the order in which asyncio registered it in `_all_tasks`).
_task_order = weakref.WeakKeyDictionary()
_task_counter = itertools.count()


def _install_task_order():
    """Number tasks as asyncio registers them: the C Task calls `_all_tasks.add(task)` through
    an attribute lookup, so an `add` in the WeakSet's instance dict sees every task."""
    all_tasks = asyncio.tasks._all_tasks
    add = all_tasks.add

    def add_in_order(task):
        _task_order.setdefault(task, next(_task_counter))
        add(task)

    all_tasks.add = add_in_order


def _v_cancel_all_tasks(loop):
    """asyncio.run()'s shutdown step (runners._cancel_all_tasks) with the leftover tasks taken
    in creation order. CPython iterates the set all_tasks() returns, whose order follows the
    tasks' addresses: arbitrary, and it changes whenever the process allocates differently."""
    leftover = sorted(asyncio.all_tasks(loop), key=lambda t: _task_order.get(t, -1))
    if not leftover:
        return
    for t in leftover:
        t.cancel()
    loop.run_until_complete(asyncio.gather(*leftover, return_exceptions=True))
    for t in leftover:
        if not t.cancelled() and t.exception() is not None:
            loop.call_exception_handler(
                {
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": t.exception(),
                    "task": t,
                }
            )


# --------------------------------------------------------------------------------------------
# Child side, networking (issue 13): real loopback sockets under the virtual clock
# --------------------------------------------------------------------------------------------

# How long (real seconds) the selector waits for the kernel once a poll found nothing ready,
# before it concludes that nothing is deliverable. On Linux, loopback delivery happens inside
# the sending system call (the receiving socket is readable when send() returns), so this
# only catches the rare delivery the kernel defers to its softirq thread under load.
NET_SETTLE_SECONDS = 0.002


class _NetSelector(VirtualSelector):
    """The virtual selector plus a real epoll for the scenario's own file descriptors.

    Every register/modify/unregister is mirrored, as it happens, into a real EpollSelector
    (created first, like CPython's, so the loop's descriptors get the numbers they get under
    plain `python3`: epoll 3, self-pipe 4 and 5). The loop's self-pipe is not mirrored: it is
    registered while the loop is being built, before `self.loop` is set.

    select(timeout), when real descriptors are registered: a poll with timeout 0; if nothing
    is ready, one more poll that waits at most NET_SETTLE_SECONDS of real time. Events found
    are returned at once and no virtual time passes (loopback data is ready at the next poll,
    before any timer can fire). Nothing ready: the virtual selector's rules (advance the clock
    by `timeout`; `None` is a deadlock)."""

    def __init__(self):
        self._real = selectors.EpollSelector()
        super().__init__()

    def _mirrored(self, fd):
        return fd in self._real.get_map()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if self.loop is not None:
            try:
                self._real.register(fileobj, events, data)
            except BaseException:
                super().unregister(fileobj)
                raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        if self._mirrored(key.fd):
            self._real.unregister(key.fd)
        return key

    def modify(self, fileobj, events, data=None):
        # CPython's EpollSelector.modify: EPOLL_CTL_MOD when the events change (an fd keeps its
        # place in the kernel's ready list), only the key's data when they do not.
        key = self.get_key(fileobj)
        if self._mirrored(key.fd):
            try:
                self._real.modify(key.fd, events, data)
            except BaseException:
                del self._map[key.fd]  # the real selector dropped it too
                raise
        new = key._replace(events=events, data=data)
        self._map[key.fd] = new
        return new

    def select(self, timeout=None):
        if self._real.get_map():
            ready = self._real.select(0) or self._real.select(NET_SETTLE_SECONDS)
            if ready:
                return [(self._map[key.fd], events) for key, events in ready]
        return super().select(timeout)

    def close(self):
        self._real.close()
        super().close()


_NetSelector.__name__ = "EpollSelector"
_NetSelector.__qualname__ = "EpollSelector"


class _VirtualPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        selector = _NetSelector()
        loop = asyncio.SelectorEventLoop(selector)
        selector.loop = loop
        loop._clock_resolution = CLOCK_RESOLUTION
        return loop


# The environment a scenario sees in os.environ (the child's real environment, with the hash
# seed and the machine's variables, is replaced by this).
VIRTUAL_ENVIRON = {"TZ": "UTC"}

# os.cpu_count() in the virtual world (issue 12: "cpu_count() fixed at 8").
VIRTUAL_CPU_COUNT = 8


def _v_cpu_count():
    return VIRTUAL_CPU_COUNT


def _v_datetime_now(cls, tz=None):
    # CPython's now() reads the system clock in nanoseconds and floors it to microseconds.
    secs, us = divmod(_v_clock_ns() // 1000, 1_000_000)
    return cls.fromtimestamp(secs, tz) + datetime.timedelta(microseconds=us)


def _v_datetime_utcnow(cls):
    secs, us = divmod(_v_clock_ns() // 1000, 1_000_000)
    return cls.utcfromtimestamp(secs) + datetime.timedelta(microseconds=us)


def _install_virtual_datetime():
    """datetime.datetime.now() and utcnow() read the system clock from C; they are replaced in
    the C type's own dict (its mappingproxy is read-only, so the dict is reached through
    gc.get_referents, then the type's method cache is invalidated). date.today() and
    datetime.today() already call time.time(), i.e. the virtual clock, and fromtimestamp()
    uses the C library's localtime, which is UTC here (TZ=UTC). Everything else stays
    CPython's C implementation (its error messages differ from the pure-Python datetime.py)."""
    type_dict = gc.get_referents(datetime.datetime.__dict__)[0]
    type_dict["now"] = classmethod(_v_datetime_now)
    type_dict["utcnow"] = classmethod(_v_datetime_utcnow)
    ctypes.pythonapi.PyType_Modified(ctypes.py_object(datetime.datetime))


def _install_virtual_world(base):
    for name in ("time", "monotonic", "perf_counter"):
        setattr(time, name, _VirtualBuiltin(_v_clock, name))
    for name in ("time_ns", "monotonic_ns", "perf_counter_ns"):
        setattr(time, name, _VirtualBuiltin(_v_clock_ns, name))
    time.sleep = _VirtualBuiltin(_v_sleep, "sleep")
    time.gmtime = _VirtualBuiltin(_v_gmtime, "gmtime")
    time.localtime = _VirtualBuiltin(_v_gmtime, "localtime")  # TZ=UTC: localtime == gmtime
    time.strftime = _VirtualBuiltin(_v_strftime, "strftime")
    time.ctime = _VirtualBuiltin(_v_ctime, "ctime")
    time.asctime = _VirtualBuiltin(_v_asctime, "asctime")
    _install_virtual_datetime()
    # logging was imported (by asyncio) before the clock existed: its start time and its
    # formatters' converter are re-read from the virtual world. LogRecord reads time.time().
    import logging

    logging._startTime = _now
    logging.Formatter.converter = time.localtime
    sys.argv = [base]  # as if `python3 NAME.py` had been run
    os.environ.clear()
    os.environ.update(VIRTUAL_ENVIRON)
    os.cpu_count = _VirtualBuiltin(_v_cpu_count, "cpu_count")
    asyncio.events.TimerHandle = _SeqTimerHandle
    asyncio.TimerHandle = _SeqTimerHandle
    _install_task_order()
    asyncio.runners._cancel_all_tasks = _v_cancel_all_tasks
    asyncio.set_event_loop_policy(_VirtualPolicy())
    sys.stdout = _StampedStdout(sys.__stdout__)


def _reject_undecodable(path, base, timed):
    """A source file with a NUL byte or that is not valid UTF-8 is refused by the interpreter
    before anything runs, with a message only its file reader makes (compile() of the bytes
    says something else). So the real interpreter is asked: `python3 -I PATH` from the file's
    directory; its stderr, with the absolute path shown as the basename, and its status."""
    started = _real_perf_counter()
    proc = subprocess.run(
        [sys.executable, "-I", os.path.abspath(path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        cwd=os.path.dirname(os.path.abspath(path)),
    )
    err = proc.stderr.replace(os.path.abspath(path).encode(), base.encode())
    sys.__stdout__.buffer.write(proc.stdout)
    sys.__stdout__.flush()
    sys.__stderr__.buffer.write(err)
    if timed:
        sys.__stderr__.write(f"harness: timed {_real_perf_counter() - started:.6f} s\n")
    sys.__stderr__.flush()
    os._exit(proc.returncode)


def _exec_scenario(code, globals_):
    # Keep this frame free of references to the exception (see _child).
    try:
        exec(code, globals_)
    except BaseException as e:  # noqa: B036 - the scenario's uncaught exception, any kind
        return e
    return None


def _report_uncaught(exc, base):
    """Print an uncaught exception the way the interpreter does; return the exit status."""
    if isinstance(exc, SystemExit):
        code = exc.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        print(code, file=sys.stderr)
        return 1
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != base:
        tb = tb.tb_next
    exc.__traceback__ = tb  # as sys.last_traceback would hold it: no harness frames
    traceback.print_exception(type(exc), exc, tb)
    return 1


# Runs with a frame whose file is "sys", line 1, and module name "sys", the way CPython reports
# warnings raised while the interpreter finalizes modules (no Python frame is running then).
_SHUTDOWN_CLEAR = compile("_d.clear()", "sys", "exec")


_SHUTDOWN_CODES = set()  # code objects of the harness frames that run the emulated shutdown


def _shutdown_unraisablehook(unraisable):
    """The default hook, minus the harness frames. When an exception nobody can catch
    happens (e.g. a generator that ignores GeneratorExit while being finalized) and it has no
    traceback, the interpreter attaches the frame that is running. At CPython's real shutdown
    no frame runs, so it prints no `Traceback (most recent call last):` at all; here the
    harness's own frames run, and they are removed."""
    tb = unraisable.exc_traceback
    kept = []
    while tb is not None:
        if tb.tb_frame.f_code not in _SHUTDOWN_CODES:
            kept.append(tb)
        tb = tb.tb_next
    new_tb = None
    for entry in reversed(kept):
        new_tb = types.TracebackType(new_tb, entry.tb_frame, entry.tb_lasti, entry.tb_lineno)
    fields = list(unraisable)
    fields[2] = new_tb
    sys.__unraisablehook__(type(unraisable)(fields))


def _child(path, timed=False):
    base = os.path.basename(path)
    with open(path, "rb") as f:
        data = f.read()
    try:
        src = None if b"\0" in data else data.decode("utf-8")
    except UnicodeDecodeError:
        src = None
    if src is None:
        _reject_undecodable(path, base, timed)
    src = src.replace("\r\n", "\n").replace("\r", "\n")  # universal newlines, as before
    _install_virtual_world(base)
    started = _real_perf_counter()
    linecache.cache[base] = (len(src), None, src.splitlines(True), base)
    mod = types.ModuleType("__main__")
    mod.__file__ = base
    mod.__builtins__ = builtins
    mod.__loader__ = None
    mod.__package__ = None
    mod.__spec__ = None
    harness_module = sys.modules["__main__"]  # noqa: F841 - keeps the harness alive
    sys.modules["__main__"] = mod
    exc = None
    try:
        code = compile(src, base, "exec")
    except SyntaxError as e:
        exc = e
        code = None
    if code is not None:
        random.seed(0)
        exc = _exec_scenario(code, mod.__dict__)
    status = 0 if exc is None else _report_uncaught(exc, base)

    # Emulate interpreter shutdown so messages CPython prints then still appear, in CPython's
    # order: (1) a garbage collection while the uncaught exception (sys.last_value) and the
    # module's globals are alive, (2) the exception is released, (3) the module's globals are
    # cleared with no scenario frame running and the `warnings` module gone (CPython prints
    # "sys:1: RuntimeWarning: coroutine ... was never awaited" for a coroutine kept in a
    # global), (4) another collection. Then flush and exit without running the real shutdown,
    # so nothing else is printed. During all of it, "Exception ignored in" reports carry no
    # harness frame (see _shutdown_unraisablehook).
    sys.stdout.flush()
    sys.unraisablehook = _shutdown_unraisablehook
    gc.collect()
    exc = None
    saved_warnings = sys.modules.get("warnings")
    sys.modules["warnings"] = None
    try:
        exec(_SHUTDOWN_CLEAR, {"__name__": "sys", "_d": mod.__dict__})
    finally:
        sys.modules["warnings"] = saved_warnings
    gc.collect()
    sys.stdout.flush()
    sys.__stdout__.flush()
    if timed:
        sys.__stderr__.write(f"harness: timed {_real_perf_counter() - started:.6f} s\n")
    sys.__stderr__.flush()
    os._exit(status)


_SHUTDOWN_CODES.update((_child.__code__, _SHUTDOWN_CLEAR))


def main(argv):
    if len(argv) >= 2 and argv[0] == "--child":
        _child(argv[1], timed=argv[2:] == ["--timed"])
        return 0
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    if argv[0] == "--regen":
        return cmd_regen(argv[1:])
    if argv[0] == "--check":
        return cmd_check(argv[1:])
    if len(argv) == 1 and not argv[0].startswith("-"):
        cmd_show(argv[0])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
