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
    python3 tests/conformance/harness.py --repeat [-n N] NAME... # run each N times (default 10):
                                                              # every run must print the same as
                                                              # the others and as expected/
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
import atexit
import builtins
import concurrent.futures
import ctypes
import fcntl
import datetime
import difflib
import gc
import io
import itertools
import linecache
import math
import os
import random
import re
import select
import selectors
import socket
import subprocess
import tempfile
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
    """Run one scenario in a child process; return (stdout, stderr, status, frames), the first
    two normalized; frames is the text of expected/NAME.frames (see "Frames" below).

    The child runs in a fresh empty directory of its own (README.md, "Files"), so a scenario
    that writes files starts from nothing, as Loopscope's virtual file system does, and
    leaves nothing behind."""
    skip = frames_skip_reason(path)
    with tempfile.TemporaryDirectory(prefix="harness-frames-") as tmp:
        frames_out = os.path.join(tmp, "frames")
        workdir = os.path.join(tmp, "cwd")
        os.mkdir(workdir)
        command = [sys.executable, os.path.abspath(__file__), "--child", os.path.abspath(path)]
        if skip is None:
            command += ["--frames", frames_out]
        proc = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            env=child_env(hashseed),
            cwd=workdir,
            timeout=600,
        )
        if skip is None:
            try:
                with open(frames_out, "rb") as f:
                    frames = FRAMES_HEADER + f.read().decode("utf-8", "replace")
            except FileNotFoundError:
                frames = FRAMES_HEADER
        else:
            frames = f"skip: {skip}\n"
    base = os.path.basename(path)
    out = normalize(proc.stdout.decode("utf-8", "replace"), False, base)
    err = normalize(proc.stderr.decode("utf-8", "replace"), True, base)
    return out, err, proc.returncode, normalize(frames, False, base)


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


EXPECTED_EXTS = (".stdout", ".stderr", ".status", ".frames")


def expected_paths(path):
    stem = os.path.basename(path)[:-3]
    return [os.path.join(EXPECTED, stem + ext) for ext in EXPECTED_EXTS]


# The first line of every expected/NAME.frames (README.md, "Frames").
FRAMES_HEADER = "# frames at each task suspension (harness.py --regen; README.md, \"Frames\")\n"

# Scenarios whose frames are not compared, and why (the first pattern the source matches).
_FRAMES_SKIPS = (
    (
        re.compile(r"\b(?:threading|to_thread|run_in_executor|ThreadPoolExecutor|concurrent\.futures"
                   r"|run_coroutine_threadsafe|call_soon_threadsafe)\b"),
        "threads: other threads' loops and the thread schedule interleave with the tasks",
    ),
)


# Scenarios whose frames differ from run to run of CPython itself, and why. None today: the
# sets of tasks and coroutines that made them differ hash by creation (_install_creation_hashes).
_FRAMES_UNSTABLE = {}


def frames_skip_reason(path):
    """Why the frames of this scenario are not recorded, or None."""
    unstable = _FRAMES_UNSTABLE.get(os.path.basename(path)[:-3])
    if unstable is not None:
        return unstable
    with open(path, "rb") as f:
        src = f.read().decode("utf-8", "replace")
    for pattern, reason in _FRAMES_SKIPS:
        if pattern.search(src):
            return reason
    if _NETWORK_API.search(src):
        return "network: ports the kernel chose and socket objects are in the locals"
    return None


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
        out, err, status, frames = runs[0]
        o, e, s, fr = expected_paths(path)
        c = _write(o, out) | _write(e, err) | _write(s, f"{status}\n") | _write(fr, frames)
        changed += c
        print(f"{'changed' if c else 'same   '}  status {status}  {os.path.basename(path)}")
    if not names:  # a full run also removes expected files whose scenario is gone
        stems = {os.path.basename(p)[:-3] for p in paths}
        for f in sorted(os.listdir(EXPECTED)):
            stem, ext = os.path.splitext(f)
            if ext in EXPECTED_EXTS and stem not in stems:
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
    for label, x, y in zip(("stdout", "stderr", "status", "frames"), a, b):
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
                got = (got[0], got[1], f"{got[2]}\n", got[3])
                for label, g, w in zip(("stdout", "stderr", "status", "frames"), got, want):
                    # A set of strings among the locals shows its hash order: the engine's is
                    # seed 0's, so frames are compared under seed 0 only.
                    if label == "frames" and seed != "0":
                        continue
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
    out, err, status, _frames = run_scenario(resolve(path))
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
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _threads_sleep(secs)  # blocks only the calling thread (see "Child side, threads")


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

    # The real stream's other attributes, which a program may read (sys.stdout.errors, ...).
    name = property(lambda self: self._raw.name)
    mode = property(lambda self: self._raw.mode)
    errors = property(lambda self: self._raw.errors)
    line_buffering = property(lambda self: self._raw.line_buffering)
    newlines = property(lambda self: self._raw.newlines)

    def fileno(self):
        return self._raw.fileno()

    def __repr__(self):
        return repr(self._raw)

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
        # The loop's thread waits until `now + timeout` (None: until woken) while other
        # threads run; with no other thread this is `now = now + timeout`, and None is a
        # deadlock (see "Child side, threads").
        _threads_select(self, timeout)
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
        if _frames_new is not None:
            _frames_new.append(weakref.ref(task))
        add(task)

    all_tasks.add = add_in_order


# The other sets asyncio iterates to act on tasks or async generators: their order follows
# addresses too (it flipped when the harness for threads merely imported a few more modules),
# so they are taken in creation order, the engine's order, as well.
_agen_order = weakref.WeakKeyDictionary()
_agen_counter = itertools.count()


class _CreationOrderWeakSet(weakref.WeakSet):
    """A loop's `_asyncgens`: iterates its async generators in first-iteration order."""

    def __iter__(self):
        return iter(sorted(super().__iter__(), key=lambda a: _agen_order.get(a, -1)))


def _v_taskgroup_abort(self):
    """TaskGroup._abort (cancel every task not done yet), tasks in creation order."""
    self._aborting = True
    for t in sorted(self._tasks, key=lambda t: _task_order.get(t, -1)):
        if not t.done():
            t.cancel()


# Identity hashes by creation (README.md, "Frames", "Sets of tasks and coroutines").
# CPython hashes an object without __hash__ by its address, so a set of tasks or coroutines
# iterates in an order that changes from run to run. The engine hashes a future or task by
# its creation serial (1, 2, ... over every Future, Task and _GatheringFuture) and any other
# object by a number given when it is first hashed (from 2**32). The harness gives CPython's
# C types the same hashes by replacing two slots of their type objects (no subclass, no Python
# frame on any path a program can observe): tp_alloc numbers each future as it is allocated,
# tp_hash returns that number; a coroutine's tp_hash numbers it when first hashed.
_TP_BASICSIZE = 32  # offsetof(PyTypeObject, tp_basicsize) on 64-bit CPython 3.11
_TP_HASH = 120  # offsetof(PyTypeObject, tp_hash) on 64-bit CPython 3.11
_TP_ALLOC = 304  # offsetof(PyTypeObject, tp_alloc)
_HASHFUNC = ctypes.PYFUNCTYPE(ctypes.c_ssize_t, ctypes.c_void_p)
_ALLOCFUNC = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ssize_t)
_FIRST_HASHED_NUMBER = 1 << 32  # the engine's first number for objects hashed by identity
_future_serial = {}  # address -> serial of the future allocated there last
_future_counter = itertools.count(1)
_first_hashed = {}  # address -> (weak reference, number) of coroutines hashed
_first_hashed_counter = itertools.count(_FIRST_HASHED_NUMBER)
_slot_callbacks = []  # keeps the ctypes callbacks alive


def _address_hash(address):
    """CPython's _Py_HashPointer (the default hash), for an object the harness did not number."""
    h = ((address >> 4) | (address << 60)) & 0xFFFFFFFFFFFFFFFF
    h = h - (1 << 64) if h >= 1 << 63 else h
    return -2 if h == -1 else h


def _set_slot(tp, offset, callback):
    _slot_callbacks.append(callback)
    slot = ctypes.c_void_p.from_address(id(tp) + offset)
    slot.value = ctypes.cast(callback, ctypes.c_void_p).value


def _install_creation_hashes():
    # The offsets are those of 64-bit 3.11: check them on fields whose value is known (the
    # instance size; the default hash every one of these types inherits from object).
    default_hash = ctypes.c_void_p.from_address(id(object) + _TP_HASH).value
    for tp in (asyncio.futures.Future, asyncio.tasks.Task, types.CoroutineType):
        if (ctypes.c_ssize_t.from_address(id(tp) + _TP_BASICSIZE).value != tp.__basicsize__
                or ctypes.c_void_p.from_address(id(tp) + _TP_HASH).value != default_hash):
            sys.exit(f"harness: unexpected layout of the type object {tp.__qualname__}")
    for tp in (asyncio.futures.Future, asyncio.tasks.Task, asyncio.tasks._GatheringFuture):
        original = _ALLOCFUNC(ctypes.c_void_p.from_address(id(tp) + _TP_ALLOC).value)

        def alloc(type_, nitems, original=original):
            address = original(type_, nitems)
            if address:
                _future_serial[address] = next(_future_counter)
            return address

        def future_hash(address):
            serial = _future_serial.get(address)
            return _address_hash(address) if serial is None else serial

        _set_slot(tp, _TP_ALLOC, _ALLOCFUNC(alloc))
        _set_slot(tp, _TP_HASH, _HASHFUNC(future_hash))

    def coroutine_hash(address):
        entry = _first_hashed.get(address)
        obj = ctypes.cast(address, ctypes.py_object).value
        if entry is not None and entry[0]() is obj:
            return entry[1]
        number = next(_first_hashed_counter)
        _first_hashed[address] = (weakref.ref(obj), number)
        return number

    _set_slot(types.CoroutineType, _TP_HASH, _HASHFUNC(coroutine_hash))


def _install_creation_orders():
    base_loop = asyncio.base_events.BaseEventLoop
    firstiter = base_loop._asyncgen_firstiter_hook

    def _asyncgen_firstiter_hook(self, agen):
        _agen_order.setdefault(agen, next(_agen_counter))
        if type(self._asyncgens) is weakref.WeakSet:
            self._asyncgens = _CreationOrderWeakSet(self._asyncgens)
        firstiter(self, agen)

    base_loop._asyncgen_firstiter_hook = _asyncgen_firstiter_hook
    asyncio.taskgroups.TaskGroup._abort = _v_taskgroup_abort


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
    by `timeout`; `None` is a deadlock); a wait another thread ends (T6, T9) returns the
    sockets ready by then."""

    def __init__(self):
        self._real = selectors.EpollSelector()
        self._real._vt_internal = True  # its select is the loop's, not the scenario's (T9)
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
        events = super().select(timeout)
        if self._real.get_map():
            # Woken by another thread (T6, T9): what it made ready comes with the wake-up, as
            # epoll_wait returns it together with the self-pipe.
            ready = self._real.select(0)
            if ready:
                return [(self._map[key.fd], events) for key, events in ready]
        return events

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
    _install_creation_orders()
    _install_creation_hashes()
    asyncio.runners._cancel_all_tasks = _v_cancel_all_tasks
    asyncio.set_event_loop_policy(_VirtualPolicy())
    sys.stdout = _StampedStdout(sys.__stdout__)
    _install_threads(base)


def _reject_undecodable(path, base, timed):
    """A source file with a NUL byte or that is not valid UTF-8 is refused by the interpreter
    before anything runs, with a message only its file reader makes (compile() of the bytes
    says something else). So the real interpreter is asked: `python3 -I PATH` from the child's
    own (empty) directory; its stderr, with the absolute path shown as the basename, and its
    status."""
    started = _real_perf_counter()
    proc = subprocess.run(
        [sys.executable, "-I", os.path.abspath(path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
    )
    err = proc.stderr.replace(os.path.abspath(path).encode(), base.encode())
    sys.__stdout__.buffer.write(proc.stdout)
    sys.__stdout__.flush()
    sys.__stderr__.buffer.write(err)
    if timed:
        sys.__stderr__.write(f"harness: timed {_real_perf_counter() - started:.6f} s\n")
    sys.__stderr__.flush()
    os._exit(proc.returncode)


def _compile_at_top_level(src, base):
    """compile() as `python3 FILE` compiles the file: with no Python frame running. CPython's
    compiler lets statements and expressions nest to 3 x the recursion limit, counted from
    3 x the current depth (symtable.c), so the limit is raised by that depth while compiling:
    the Python frames running, and the call of compile() itself (measured: with one less, a
    program at the limit fails)."""
    depth = 1
    frame = sys._getframe()
    while frame is not None:
        depth += 1
        frame = frame.f_back
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(limit + depth)
    try:
        return compile(src, base, "exec")
    finally:
        sys.setrecursionlimit(limit)


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
    hook = sys.excepthook
    if hook is sys.__excepthook__:
        # The interpreter's own display (C), which adds the "Did you mean" hint of a
        # NameError or AttributeError, where traceback.print_exception in 3.11 does not.
        hook(type(exc), exc, tb)
        return 1
    # The program's own hook, as PyErr_PrintEx calls it; an error in it is printed, then the
    # original exception (neither with the harness's frames).
    try:
        hook(type(exc), exc, tb)
    except BaseException as hook_exc:
        hook_tb = hook_exc.__traceback__
        while hook_tb is not None and hook_tb.tb_frame.f_code.co_filename != base:
            hook_tb = hook_tb.tb_next
        print("Error in sys.excepthook:", file=sys.stderr)
        sys.__excepthook__(type(hook_exc), hook_exc, hook_tb)
        print("\nOriginal exception was:", file=sys.stderr)
        sys.__excepthook__(type(exc), exc, tb)
    return 1


# Runs with a frame whose file is "sys", line 1, and module name "sys", the way CPython reports
# warnings raised while the interpreter finalizes modules (no Python frame is running then).
_SHUTDOWN_CLEAR = compile("_d.clear()", "sys", "exec")
# The first collection too: CPython's runs with no frame, so what it warns about (a coroutine
# never awaited) is reported at "sys:1", not at the harness's line.
_SHUTDOWN_COLLECT = compile("_gc.collect()", "sys", "exec")


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


def _child(path, timed=False, frames=None):
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
    if frames is not None:
        _install_frames(frames)
    started = _real_perf_counter()
    linecache.cache[base] = (len(src), None, src.splitlines(True), base)
    # CPython's C traceback printer (uncaught errors in atexit callbacks, finalizers, "Exception
    # ignored in") reads source lines from the file itself, looked up by name in the working
    # directory and then along sys.path: the child's directory is empty, so the scenario's
    # own directory goes last on sys.path, as python3 FILE would find the file.
    sys.path.append(os.path.dirname(os.path.abspath(path)))
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
        code = _compile_at_top_level(src, base)
    except RecursionError as e:
        # Nested past the compiler's limit: python3 FILE prints the bare exception (no frame
        # ran, so no traceback).
        exc = e.with_traceback(None)
        code = None
    except SyntaxError as e:
        # An error found after parsing (the symbol table, the compiler: "'await' outside
        # function") has its line read from the file by name, which the child's empty
        # working directory does not hold: give it the line python3 FILE would read.
        lines = src.splitlines(True)
        if e.text is None and e.filename == base and e.lineno and 0 < e.lineno <= len(lines):
            e.text = lines[e.lineno - 1]
        exc = e
        code = None
    if code is not None:
        random.seed(0)
        exc = _exec_scenario(code, mod.__dict__)
    status = 0 if exc is None else _report_uncaught(exc, base)
    _threads_at_shutdown()  # CPython joins the non-daemon threads first (threading._shutdown)
    atexit._run_exitfuncs()  # then runs the atexit callbacks, last registered first

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
    exec(_SHUTDOWN_COLLECT, {"__name__": "sys", "_gc": gc})
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


_SHUTDOWN_CODES.update((_child.__code__, _SHUTDOWN_CLEAR, _SHUTDOWN_COLLECT))


# --------------------------------------------------------------------------------------------
# Parent side, threads (issue 14): run scenarios several times, require one output
# --------------------------------------------------------------------------------------------

# How many times `--repeat` runs each scenario by default.
REPEAT_RUNS = 10


def cmd_repeat(args):
    """--repeat [-n N] NAME...: run each scenario N times (default REPEAT_RUNS); every run must
    print the same as the others and as the expected files. For the threads schedule: a real
    race leaking into the output shows up as runs that differ."""
    runs = REPEAT_RUNS
    if args[:1] == ["-n"] and len(args) >= 2:
        runs, args = int(args[1]), args[2:]
    paths = [resolve(n) for n in args] if args else all_scenarios()
    results = _run_many([p for p in paths for _ in range(runs)])
    bad = 0
    for i, path in enumerate(paths):
        got = results[i * runs : (i + 1) * runs]
        variants = list(dict.fromkeys(got))
        want = []
        for p in expected_paths(path):
            try:
                with open(p, encoding="utf-8", newline="") as f:
                    want.append(f.read())
            except FileNotFoundError:
                want.append(None)
        want = (want[0], want[1], None if want[2] is None else int(want[2]), want[3])
        name = os.path.basename(path)
        if len(variants) > 1:
            bad += 1
            print(f"UNSTABLE {name}: {len(variants)} different outputs in {runs} runs")
            a, b = variants[0], variants[1]
            for label, x, y in zip(("stdout", "stderr", "status", "frames"), a, b):
                if x != y:
                    sys.stdout.writelines(
                        difflib.unified_diff(
                            str(x).splitlines(True), str(y).splitlines(True), "run A", "run B"
                        )
                    )
        elif variants[0] != want:
            bad += 1
            print(f"MISMATCH {name}: {runs} identical runs, but not the expected files")
        else:
            print(f"stable    {name} ({runs} runs)")
    print(f"{len(paths)} scenarios run {runs} times each, {bad} unstable or mismatching")
    return 1 if bad else 0


# --------------------------------------------------------------------------------------------
# Child side, threads (issue 14): one thread runs Python at a time, on a fixed schedule
# --------------------------------------------------------------------------------------------
#
# Every thread is a real OS thread, but only the holder of the *baton* runs Python; the others
# wait on a real lock of their own (their gate). The baton changes hands only where a thread
# blocks, so the schedule depends on nothing but the program. The rules (README.md, "Threads";
# the engine implements the same ones, with CPU cost 0):
#
#   T1. A thread runs until it blocks: time.sleep(), a blocking acquire of a held lock (which
#       is what Condition.wait, Event.wait, Semaphore, Barrier, queue get/put, Future.result,
#       concurrent.futures.wait, Thread.join are made of), or the event loop's select. A
#       non-blocking acquire, or one with timeout 0, never blocks.
#   T2. Thread.start() runs the new thread at once, until it first blocks (or ends); then the
#       starting thread goes on: start() returns. Threads made ready meanwhile wait.
#   T3. Threads made ready (a lock released, a condition notified, a loop woken by
#       call_soon_threadsafe) run in the order they were made ready (FIFO), once the running
#       thread blocks.
#   T4. A lock release does not hand the lock over: it makes the thread that has waited longest
#       ready; when that thread runs it takes the lock if it is still free, otherwise it waits
#       again in its old place. (So the releasing thread can take the lock straight back, as
#       CPython's threads usually do.)
#   T5. Virtual time passes only when no thread is ready: then the blocked thread with the
#       earliest wake-up time wakes and the clock jumps to that time. Wake-up times: time.sleep
#       ends at `t + timeout`, a timed wait that times out 50 µs later (the timer slack, as a
#       select of the scenario's; t = the clock when the wait began); the loop's
#       select(timeout) ends at `t + timeout`. Ties: a thread in time.sleep or a timed wait
#       wakes before a loop in select; otherwise the one that began waiting first. So
#       time.sleep(0) and select(0) let every ready thread run first.
#   T6. call_soon_threadsafe (the loop's self-pipe) wakes a loop blocked in select at once (it
#       becomes ready, rule T3); if the loop is not in select, its next select waits 0.
#   T7. Nothing ready and no wake-up time anywhere: a deadlock, reported and exit status 3.
#   T8. At the end the main thread does what CPython's shutdown does first: threading._shutdown()
#       (threading's atexit calls, e.g. concurrent.futures stopping its workers, then joining
#       every non-daemon thread). Daemon threads never run again.
#   T9. Once a thread has been started, a blocking socket call (accept, recv*, send*) on a
#       socket that is not ready blocks its thread until the socket is ready or its timeout
#       (settimeout) passes (then TimeoutError('timed out'), rule T5's timed waits); so does
#       the scenario's select.select / EpollSelector.select with nothing ready. Whenever
#       the baton changes hands, each thread blocked on a socket that is ready now, or in a
#       loop's select with a ready socket registered, becomes ready, in the order they began
#       waiting, after the threads already ready. Loopback delivery is immediate, so
#       readiness depends only on what the threads did.
#
# What is patched: threading's Lock/_allocate_lock, RLock (_CRLock), _set_sentinel (the lock
# Thread.join waits on), _start_new_thread, its clock (_time), queue's clock, queue.SimpleQueue
# (the C one blocks inside C: replaced by queue's pure-Python one), time.sleep, the virtual
# selector's select, the loop's _write_to_self and socket.socket's blocking calls (T9). The _thread module itself is left alone
# (import locks use it); a scenario must start threads with `threading`.

import _thread
import bisect
import collections
import faulthandler
import queue
import threading

THREADS_DEADLOCK_MESSAGE = (
    "Deadlock: every thread is blocked and nothing can wake any of them, "
    "so the program would wait forever.\n"
)

# Real seconds after the first thread starts before a hung run is stopped with every thread's
# stack on stderr (faulthandler). A thread blocked in something this schedule does not know
# (a real lock made before the virtual world existed) would otherwise hang the run silently.
THREADS_WATCHDOG_SECONDS = 60

_real_allocate_lock = _thread.allocate_lock
_real_select = select.select
_real_start_new_thread = _thread.start_new_thread
_real_set_sentinel = _thread._set_sentinel
_real_get_ident = _thread.get_ident

_RUNNING, _READY, _BLOCKED, _DONE = "running", "ready", "blocked", "done"


class _VThread:
    """The scheduler's record of one thread."""

    __slots__ = (
        "ident",
        "gate_acquire",
        "gate_release",
        "state",
        "kind",
        "deadline",
        "seq",
        "timed_out",
        "selector",
        "sentinel",
        "tstate_locks",
        "waiting_ready",
    )

    def __init__(self):
        gate = _real_allocate_lock()
        gate.acquire()
        # Bound once, so that handing the baton over allocates nothing (an allocation could
        # start a garbage collection in a thread that no longer holds the baton).
        self.gate_acquire = gate.acquire
        self.gate_release = gate.release
        self.ident = None
        self.state = _READY
        self.kind = None  # while blocked: "sleep", "lock" or "select"
        self.deadline = None
        self.seq = 0
        self.timed_out = False
        self.selector = None  # while blocked in a virtual selector's select
        self.sentinel = None  # the real lock C releases once the OS thread is gone
        self.tstate_locks = []  # the virtual locks Thread.join waits on
        self.waiting_ready = None  # while blocked on sockets (T9): whether they are ready


_vthreads = {}  # ident -> _VThread, for threads that have not ended
_vthread_list = []  # the same, in start order (the main thread first)
_holder = None  # the _VThread that holds the baton
_runnable = collections.deque()  # ready threads, in the order they run
_block_seq = itertools.count(1)
_dying = []  # real sentinels of threads that ended and are being torn down by the OS
_scenario_base = None
_in_shutdown = False
_watchdog_armed = False
_threads_started = False  # a thread was started (rule T9 applies from then on)
_gc_paused = False  # the collector was switched off by a hand-over (see _vt_switch)


def _baton_violation(detail):
    os.write(
        2,
        (
            "harness: two threads ran Python at once (" + detail + "); the threads schedule "
            "is broken or the scenario used a thread the harness does not know\n"
        ).encode(),
    )
    os._exit(70)


def _vt_current():
    """The calling thread's record; it must hold the baton."""
    vt = _vthreads.get(_real_get_ident())
    if vt is None or vt is not _holder:
        _baton_violation("a thread ran while another held the baton")
    return vt


def _vt_reap():
    """Wait (really) until every thread that ended has been torn down by the OS, so that
    nothing it still does (freeing its thread-locals, finalizers) overlaps the next thread."""
    while _dying:
        s = _dying.pop()
        s.acquire()
        s.release()


def _vt_wake(vt):
    if vt.state is _BLOCKED:
        vt.state = _READY
        vt.deadline = None
        _runnable.append(vt)


def _vt_switch(me):
    """`me` (the holder) has blocked, become ready or ended: pass the baton on (rules T3, T5,
    T7) and, unless `me` ended, wait until it comes back.

    The garbage collector is off from here until the next holder runs: a collection started
    by an allocation in here could run finalizers (an executor's weakref callback puts into
    a queue, a generator's cleanup takes a lock) in the middle of the hand-over."""
    global _holder, _now, _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True
    _vt_wake_ready_sockets()
    if _runnable:
        nxt = _runnable.popleft()
    else:
        timed = [t for t in _vthread_list if t.state is _BLOCKED and t.deadline is not None]
        if not timed:
            _threads_deadlock()
        nxt = min(timed, key=lambda t: (t.deadline, t.kind == "select", t.seq))
        if nxt.deadline > _now:
            _now = nxt.deadline
        nxt.timed_out = True
        nxt.deadline = None
    nxt.state = _RUNNING
    _holder = nxt
    if nxt is me:
        _vt_resume_gc()
        return
    release = nxt.gate_release
    if me.state is _DONE:
        release()
        return
    acquire = me.gate_acquire
    release()
    acquire()
    if _holder is not me:
        _baton_violation("a thread woke without the baton")
    _vt_reap()
    _vt_resume_gc()


def _vt_resume_gc():
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.enable()


def _vt_block(me, kind, deadline):
    """Block the holder until _vt_wake(me) or until the clock reaches `deadline` (None: no
    timeout). True if woken, False if the deadline passed."""
    me.state = _BLOCKED
    me.kind = kind
    me.deadline = deadline
    me.seq = next(_block_seq)
    me.timed_out = False
    _vt_switch(me)
    me.kind = None
    return not me.timed_out


def _vt_fd_ready(fd, events, settle=0.0):
    """Whether a real fd is ready for `events` (poll bits) now, or within `settle` seconds."""
    poller = select.poll()
    poller.register(fd, events)
    return bool(poller.poll(0) or (settle and poller.poll(settle * 1000)))


def _vt_wake_ready_sockets():
    """Rule T9: threads blocked on a socket that is ready now, or in a loop's select with a
    ready socket registered, become ready, longest waiting first."""
    waiting = [t for t in _vthread_list if t.state is _BLOCKED and t.kind in ("socket", "select")]
    waiting.sort(key=lambda t: t.seq)
    for t in waiting:
        if t.kind == "socket":
            ready = t.waiting_ready()
        else:
            real = getattr(t.selector, "_real", None)
            ready = real is not None and bool(real.get_map()) and bool(real.select(0))
        if ready:
            _vt_wake(t)


def _vt_socket_call(name, events):
    """socket.socket.<name> under rule T9. While only the main thread ever ran: the real call,
    except that with a timeout and nothing ready it waits in virtual time (nothing else can
    make it ready) and times out there, as the engine does."""
    real = getattr(socket.socket, name)

    def call(self, *args, **kwargs):
        timeout = self.gettimeout()
        fd = self.fileno()
        # A closed socket (fd -1) fails at once in the real call, with EBADF.
        if fd < 0 or timeout == 0.0 or (not _threads_started and timeout is None):
            return real(self, *args, **kwargs)
        me = _vt_current()
        deadline = None if timeout is None else _now + timeout
        while not _vt_fd_ready(fd, events, NET_SETTLE_SECONDS):
            if not _vt_block_on_sockets(me, lambda: _vt_fd_ready(fd, events), deadline):
                raise TimeoutError("timed out")
        return real(self, *args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


# Linux's default timer slack: a select or poll of the scenario's that times out returns this
# long after its timeout (the engine's select_module::TIMER_SLACK), so code computing the time
# left sees it below zero, as it does on a real clock.
TIMER_SLACK_SECONDS = 50e-6


def _vt_block_on_sockets(me, ready, deadline):
    """Block the holder until `ready()` holds at a switch (T9) or the clock reaches
    `deadline`; True if woken, False if timed out."""
    me.waiting_ready = ready
    try:
        return _vt_block(me, "socket", deadline)
    finally:
        me.waiting_ready = None


def _v_select(rlist, wlist, xlist, timeout=None):
    """select.select under rule T9 (and, with a timeout and nothing ready, in virtual time)."""
    def poll():
        return _real_select(rlist, wlist, xlist, 0)

    if timeout is not None and not (isinstance(timeout, (int, float)) and timeout > 0):
        return _real_select(rlist, wlist, xlist, timeout)
    answer = poll()
    if any(answer) or (not _threads_started and timeout is None):
        return answer if any(answer) else _real_select(rlist, wlist, xlist, timeout)
    answer = _real_select(rlist, wlist, xlist, NET_SETTLE_SECONDS)
    if any(answer):
        return answer
    deadline = None if timeout is None else _now + timeout + TIMER_SLACK_SECONDS
    _vt_block_on_sockets(_vt_current(), lambda: any(poll()), deadline)
    return poll()


def _vt_epoll_selector_select(real):
    """selectors.EpollSelector.select (or PollSelector.select) under rule T9 (and, with a timeout and nothing ready, in
    virtual time); the asyncio loop's own real selector (`_vt_internal`) is left alone."""

    def select(self, timeout=None):
        if getattr(self, "_vt_internal", False) or (timeout is not None and timeout <= 0):
            return real(self, timeout)
        ready = real(self, 0) or real(self, NET_SETTLE_SECONDS)
        if ready or (not _threads_started and timeout is None):
            return ready or real(self, timeout)
        # EpollSelector counts whole milliseconds, rounded up.
        wait = None if timeout is None else math.ceil(timeout * 1e3) * 1e-3
        deadline = None if wait is None else _now + wait + TIMER_SLACK_SECONDS
        _vt_block_on_sockets(_vt_current(), lambda: bool(real(self, 0)), deadline)
        return real(self, 0)

    return select


def _install_socket_calls():
    read, write = select.POLLIN, select.POLLOUT
    for name, events in [
        ("accept", read),
        ("recv", read),
        ("recv_into", read),
        ("recvfrom", read),
        ("recvfrom_into", read),
        ("send", write),
        ("sendall", write),
        ("sendto", write),
    ]:
        setattr(socket.socket, name, _vt_socket_call(name, events))
    select.select = _VirtualBuiltin(_v_select, "select")
    # SelectSelector took its own reference to select.select when selectors was imported.
    selectors.SelectSelector._select = select.select
    # EpollSelector is DefaultSelector; socketserver uses PollSelector. Both count whole
    # milliseconds.
    for cls in (selectors.EpollSelector, selectors.PollSelector):
        cls.select = _vt_epoll_selector_select(cls.select)


def _threads_sleep(secs):
    """time.sleep(secs), arguments already checked: block until now + secs (rule T5)."""
    _vt_block(_vt_current(), "sleep", _now + secs)


def _threads_select(selector, timeout):
    """A virtual selector's select(timeout) (rules T5, T6)."""
    me = _vt_current()
    if selector._vt_wakeup:
        selector._vt_wakeup = False
        timeout = 0
    selector._vt_waiter = me
    me.selector = selector
    try:
        _vt_block(me, "select", None if timeout is None else _now + timeout)
    finally:
        selector._vt_waiter = None
        me.selector = None


def _v_write_to_self(loop):
    """BaseSelectorEventLoop._write_to_self (what call_soon_threadsafe calls): instead of a
    byte on the self-pipe, wake the loop's thread if it waits in select (rule T6)."""
    if loop._csock is None:
        return
    sel = loop._selector
    if not isinstance(sel, VirtualSelector):
        return
    waiter = sel._vt_waiter
    if waiter is not None:
        _vt_wake(waiter)
    else:
        sel._vt_wakeup = True


class _VLock:
    """threading.Lock in virtual time (rules T1, T4). Shown as CPython's `_thread.lock`."""

    __slots__ = ("_locked", "_waiters", "__weakref__")

    def __init__(self):
        self._locked = False
        self._waiters = []  # [(first-wait seq, _VThread)], longest waiting first

    def __reduce_ex__(self, protocol):
        # pickle refuses a real lock with this message (issue 14, pickle__* scenarios).
        raise TypeError("cannot pickle '_thread.lock' object")

    def acquire(self, blocking=True, timeout=-1):
        timeout = _check_acquire_args(blocking, timeout)
        me = _vt_current()
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout == 0:
            return False
        # A wait that times out ends the timer slack after its deadline (as select does).
        deadline = None if timeout < 0 else _now + timeout + TIMER_SLACK_SECONDS
        entry = (next(_block_seq), me)
        while True:
            bisect.insort(self._waiters, entry, key=lambda e: e[0])
            woken = _vt_block(me, "lock", deadline)
            if not woken:
                self._waiters.remove(entry)
            if not self._locked:
                self._locked = True
                return True
            if not woken:
                return False

    def release(self):
        _vt_current()
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False
        if self._waiters:
            _vt_wake(self._waiters.pop(0)[1])

    def locked(self):
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False
        self._waiters = []

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"


_VLock.__module__ = "_thread"
_VLock.__name__ = _VLock.__qualname__ = "lock"


def _check_acquire_args(blocking, timeout):
    """The argument checks of C's lock.acquire(); the timeout as a float."""
    timeout = float(timeout)
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > threading.TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return timeout


class _VRLock:
    """threading.RLock in virtual time. Shown as CPython's `_thread.RLock`; the owner in its
    repr is a real thread id, as in CPython (do not print a held RLock)."""

    __slots__ = ("_block", "_owner", "_count", "__weakref__")

    def __init__(self, *args, **kwargs):
        self._block = _VLock()
        self._owner = 0
        self._count = 0

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_thread.RLock' object")

    def acquire(self, blocking=True, timeout=-1):
        me = _real_get_ident()
        if self._count and self._owner == me:
            _vt_current()
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        _vt_current()
        if not self._count or self._owner != _real_get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = 0
            self._block.release()

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return bool(self._count) and self._owner == _real_get_ident()

    def _recursion_count(self):
        return self._count if self._is_owned() else 0

    def _release_save(self):
        _vt_current()
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = 0
        self._count = 0

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        return (
            f"<{state} _thread.RLock object owner={self._owner} count={self._count} "
            f"at {id(self):#x}>"
        )


_VRLock.__module__ = "_thread"
_VRLock.__name__ = _VRLock.__qualname__ = "RLock"


def _v_set_sentinel():
    """threading's _set_sentinel: the lock Thread.join() and is_alive() look at, which C
    releases when the thread's state is deleted; here _vthread_run releases it."""
    lock = _VLock()
    _vt_current().tstate_locks.append(lock)
    return lock


def _v_start_new_thread(func, args, kwargs=None):
    """threading's _start_new_thread: a real thread that first waits for the baton; the new
    thread runs at once (rule T2), the starter right after it."""
    global _watchdog_armed, _threads_started
    _threads_started = True
    me = _vt_current()
    if not _watchdog_armed:
        _watchdog_armed = True
        faulthandler.dump_traceback_later(THREADS_WATCHDOG_SECONDS, exit=True)
    vt = _VThread()
    ident = _real_start_new_thread(_vthread_run, (vt.gate_acquire, vt, func, args, kwargs))
    vt.ident = ident
    _vthreads[ident] = vt
    _vthread_list.append(vt)
    me.state = _READY
    _runnable.appendleft(me)
    _runnable.appendleft(vt)
    _vt_switch(me)
    return ident


def _vthread_run(gate_acquire, vt, func, args, kwargs):
    """The body of every real thread: wait for the baton, run, hand the baton on for good."""
    gate_acquire()  # nothing before this allocates, so nothing can run unscheduled
    if _holder is not vt:
        _baton_violation("a new thread started without the baton")
    _vt_reap()
    _vt_resume_gc()
    vt.sentinel = _real_set_sentinel()
    vt.sentinel.acquire()
    try:
        func(*args, **(kwargs or {}))
    except SystemExit:
        pass
    except BaseException as e:  # noqa: B036 - what C's thread_run reports as unraisable
        sys.stderr.write(f"Exception ignored in thread started by: {func!r}\n")
        traceback.print_exception(type(e), e, e.__traceback__)
        del e
    finally:
        func = args = kwargs = None
        _vthread_exit(vt)


def _vthread_exit(vt):
    for lock in vt.tstate_locks:  # what C's release_sentinel does
        if lock.locked():
            lock.release()
    vt.tstate_locks = []
    vt.state = _DONE
    del _vthreads[vt.ident]
    _vthread_list.remove(vt)
    _dying.append(vt.sentinel)
    _vt_switch(vt)


class _VSimpleQueue(queue._PySimpleQueue):
    """queue.SimpleQueue: the C one waits inside C, so queue's own pure-Python version (built
    on threading.Semaphore) stands in, under CPython's name."""


_VSimpleQueue.__module__ = "_queue"
_VSimpleQueue.__name__ = _VSimpleQueue.__qualname__ = "SimpleQueue"


class _BatonStdout(_StampedStdout):
    """sys.stdout that refuses to be written by a thread without the baton."""

    def write(self, s):
        if _vthreads.get(_real_get_ident()) is not _holder:
            _baton_violation("a thread without the baton wrote to stdout")
        return super().write(s)


def _install_threads(base):
    global _holder, _scenario_base
    _scenario_base = base
    main = _VThread()
    main.ident = _real_get_ident()
    main.state = _RUNNING
    _vthreads[main.ident] = main
    _vthread_list.append(main)
    _holder = main
    lock_factory = _VirtualBuiltin(_VLock, "allocate_lock")
    threading._allocate_lock = threading.Lock = lock_factory
    threading._CRLock = _VRLock
    threading._set_sentinel = _v_set_sentinel
    threading._start_new_thread = _v_start_new_thread
    threading._time = time.monotonic
    queue.time = time.monotonic
    queue.SimpleQueue = _VSimpleQueue
    asyncio.selector_events.BaseSelectorEventLoop._write_to_self = _v_write_to_self
    _install_socket_calls()
    VirtualSelector._vt_waiter = None
    VirtualSelector._vt_wakeup = False
    # The main thread's join lock was made by the real _set_sentinel when threading was
    # imported; threading._shutdown() releases it, and the shutdown locks must hold the new one.
    mt = threading._main_thread
    tlock = _VLock()
    tlock.acquire()
    with threading._shutdown_locks_lock:
        threading._shutdown_locks.discard(mt._tstate_lock)
        threading._shutdown_locks.add(tlock)
    mt._tstate_lock = tlock
    sys.stdout = _BatonStdout(sys.__stdout__)


def _threads_at_shutdown():
    """Rule T8: what CPython's Py_FinalizeEx does first (wait_for_thread_shutdown)."""
    global _in_shutdown
    _in_shutdown = True
    threading._shutdown()


def _thread_where(vt, frames):
    """Where a blocked thread is, for the deadlock report: its innermost line of the program."""
    if vt.ident == threading._main_thread.ident and _in_shutdown:
        return "at interpreter shutdown, waiting for the non-daemon threads to end"
    f = frames.get(vt.ident)
    while f is not None and f.f_code.co_filename != _scenario_base:
        f = f.f_back
    if f is None:
        return "inside the standard library"
    line = linecache.getline(_scenario_base, f.f_lineno).strip()
    return f"line {f.f_lineno} in {f.f_code.co_name}: {line}"


def _threads_deadlock():
    """Rule T7. With one thread left, blocked in a loop's select, the report is the one-loop
    report (_deadlock); otherwise every thread that has not ended, then the loops' tasks."""
    alive = list(_vthread_list)
    if len(alive) == 1 and alive[0].kind == "select":
        _deadlock(alive[0].selector.loop)
    sys.stdout.flush()
    sys.__stdout__.flush()
    frames = sys._current_frames()
    err = sys.__stderr__
    err.write(THREADS_DEADLOCK_MESSAGE)
    err.write("Threads:\n")
    for vt in alive:
        t = threading._active.get(vt.ident) or threading._main_thread
        daemon = " (daemon)" if t.daemon else ""
        err.write(f"  {t.name}{daemon}: {_thread_where(vt, frames)}\n")
    tasks = [
        t for t in list(asyncio.tasks._all_tasks) if not t.done() and t.get_loop().is_running()
    ]
    if tasks or any(vt.kind == "select" for vt in alive):
        err.write("Pending tasks:\n")
        for t in sorted(tasks, key=_task_sort_key):
            err.write(f"  {t!r}\n")
    err.flush()
    os._exit(3)


# --------------------------------------------------------------------------------------------
# Child side, frames (issue 10): the suspended coroutine frames of every pending task
# --------------------------------------------------------------------------------------------
#
# `--child PATH --frames OUT` also writes, at each task suspension, what the frames panel must
# show: for every task not done, its chain of coroutine frames (the task's coroutine, then
# `cr_await` down to the first object that is not a coroutine), each frame of the scenario's
# own file as its function, `f_lineno` and the locals `f_locals` holds, in the safe-repr
# convention of the engine's trace (README.md, "Frames"). The file lists, at each point, only
# the tasks whose entry changed since the previous point (and `task N done` for those that
# finished), so a thousand sleeping tasks do not repeat a thousand times.

FRAMES_MAX_REPR = 80  # the engine's safe_repr::MAX_REPR
FRAMES_FD_MIN = 900  # the frames file's descriptor is the lowest free one from here

_frames_fd = None
_frames_point = 0
_frames_last = {}  # task ordinal -> its entry as last written
_frames_live = {}  # task ordinal -> weak reference to a task listed and not done
_frames_new = None  # weak references to the tasks created since the last point (a deque)
_frames_stepped = weakref.WeakSet()  # the tasks that had a step (the others: "not started")


def _frames_write_repr(v, out, depth):
    """One value into `out` (a list of pieces with its byte length in out[0]), as the engine's
    safe_repr::write does: CPython's repr for plain data, short fixed forms for the rest, never
    calling the program's code."""
    if out[0] > FRAMES_MAX_REPR * 2:
        return

    def put(s):
        out.append(s)
        out[0] += len(s.encode("utf-8", "surrogatepass"))

    def seq(items, open_, close, one_tuple=False):
        put(open_)
        for i, item in enumerate(items):
            if i > 0:
                put(", ")
            if depth > 2 or out[0] > FRAMES_MAX_REPR * 2:
                put("...")
                break
            _frames_write_repr(item, out, depth + 1)
        if one_tuple:
            put(",")
        put(close)

    t = type(v)
    if v is None or t is bool or t is float:
        put(repr(v))
    elif t is int:
        put(repr(v) if v.bit_length() <= 256 else f"<int of {v.bit_length()} bits>")
    elif t is str:
        put(repr(v[:FRAMES_MAX_REPR]))
    elif t is bytes:
        put(repr(v[:FRAMES_MAX_REPR]))
    elif t is bytearray:
        put(f"bytearray({bytes(v[:FRAMES_MAX_REPR])!r})")
    elif t is memoryview:
        put("<memory>")
    elif t is tuple:
        seq(v, "(", ")", len(v) == 1)
    elif t is list:
        seq(v, "[", "]")
    elif t is dict:
        put("{")
        for i, (k, val) in enumerate(v.items()):
            if i > 0:
                put(", ")
            if depth > 2 or out[0] > FRAMES_MAX_REPR * 2:
                put("...")
                break
            _frames_write_repr(k, out, depth + 1)
            put(": ")
            _frames_write_repr(val, out, depth + 1)
        put("}")
    elif t is set or t is frozenset:
        if not v:
            put("set()")
        else:
            seq(v, "{", "}")
    elif t is range:
        put(f"range({v.start}, {v.stop})" if v.step == 1 else f"range({v.start}, {v.stop}, {v.step})")
    elif t is types.FunctionType:
        put(f"<function {v.__qualname__}>")
    elif isinstance(v, type):
        put(f"<class '{v.__qualname__}'>")
    elif isinstance(v, BaseException):
        put(t.__name__ + "(")
        for i, a in enumerate(v.args):
            if i > 0:
                put(", ")
            _frames_write_repr(a, out, depth + 1)
        put(")")
    elif t is collections.deque:
        put("deque(")
        seq(v, "[", "]")
        if v.maxlen is not None:
            put(f", maxlen={v.maxlen}")
        put(")")
    elif t in (types.CoroutineType, types.GeneratorType, types.AsyncGeneratorType):
        kind = {types.CoroutineType: "coroutine", types.GeneratorType: "generator"}.get(
            t, "async_generator"
        )
        put(f"<{kind} object {v.__qualname__}>")
    elif isinstance(v, asyncio.Task):
        put(f"<Task {v.get_name()}>")
    elif isinstance(v, asyncio.Future):
        # The engine numbers futures (`<Future #3>`): an identity, normalized like an address.
        put(f"<{t.__name__} #...>")
    elif isinstance(v, asyncio.events.Handle):
        put("<Handle>")
    elif isinstance(v, asyncio.AbstractEventLoop):
        put("<_UnixSelectorEventLoop>")
    elif t in (types.BuiltinFunctionType, types.BuiltinMethodType):
        put("<builtin_function_or_method>")
    elif t is types.MethodType:
        put("<method>")
    elif t is types.ModuleType:
        put("<module>")
    elif t is types.CodeType:
        put("<code>")
    elif t is slice:
        put("<slice>")
    elif v is Ellipsis:
        put("<ellipsis>")
    elif v is NotImplemented:
        put("<NotImplementedType>")
    elif t.__name__ in ("dict_keys", "dict_values", "dict_items"):
        put(f"<{t.__name__}>")
    elif t.__module__ == "builtins" and t.__name__.endswith("iterator"):
        put("<iterator>")
    else:
        put(f"<{t.__qualname__} object>")


def frames_repr(v):
    """The engine's safe_repr of `v` (crates/engine/src/safe_repr.rs), at most 80 characters."""
    out = [0]
    _frames_write_repr(v, out, 0)
    s = "".join(out[1:])
    if len(s) > FRAMES_MAX_REPR:
        s = s[: FRAMES_MAX_REPR - 3] + "..."
    return s


def _frames_locals(frame):
    """The frame's locals as f_locals gives them, without keeping them alive: reading f_locals
    fills the frame's locals dict, which would hold every value until the frame next runs
    (and so delay a "never awaited" warning); the dict is emptied again at once."""
    d = frame.f_locals
    try:
        return [(name, frames_repr(value)) for name, value in d.items()]
    finally:
        d.clear()


_AGEN_AWAITABLES = ("async_generator_asend", "async_generator_athrow")


def _frames_driven_agen(awaitable):
    """The async generator an awaited `asend`/`athrow` awaitable is running, or None: the
    generator is inside its body awaiting something (`ag_await`), not at a `yield`.
    (`ag_running` would miss an `aclose()` task cancelled before its first step: 3.11 sets it
    only when the awaitable is first sent to.) The awaitable exposes no attribute for its
    generator; it is the one async generator among the objects it refers to."""
    if type(awaitable).__name__ not in _AGEN_AWAITABLES:
        return None
    for r in gc.get_referents(awaitable):
        if isinstance(r, types.AsyncGeneratorType):
            return r if r.ag_await is not None else None
    return None


def _frames_task_entry(ordinal, task):
    coro = task.get_coro()
    head = f"task {ordinal} {task.get_name()}"
    if task not in _frames_stepped:  # whatever its coroutine or awaitable is
        return head + " not started\n"
    lines = [head + "\n"]
    seen = 0
    while coro is not None and seen < 1000:
        seen += 1
        if isinstance(coro, types.CoroutineType):
            frame, nxt = coro.cr_frame, coro.cr_await
        elif isinstance(coro, types.GeneratorType):
            frame, nxt = coro.gi_frame, coro.gi_yieldfrom
        elif (agen := _frames_driven_agen(coro)) is not None:
            # Through `asend`/`athrow` into the generator's frame, as a traceback goes.
            frame, nxt = agen.ag_frame, agen.ag_await
        else:
            break
        if frame is None:
            break
        if frame.f_code.co_filename == _scenario_base:
            lines.append(f"  {frame.f_code.co_qualname} line {frame.f_lineno}\n")
            lines.extend(f"    {name} = {r}\n" for name, r in _frames_locals(frame))
        coro = nxt
    return "".join(lines)


def _frames_snapshot(task):
    """The point after `task` suspended. Only its entry is read from its frames now; every
    other task keeps the entry it had when it last suspended (the engine's trace renders a
    frame's locals when the frame suspends: README.md, "Frames"), and a task seen for the
    first time has not started (a task only starts in a step of its own, which ends in a point
    or in the task's end). Each point costs the tasks listed, not a walk of every frame."""
    global _frames_point
    _frames_point += 1
    ordinal = _task_order.get(task, -1) + 1
    parts = [f"@{_frames_point} t={_now:.3f} task {ordinal} suspended\n"]
    changed = {}
    while _frames_new:
        ref = _frames_new.popleft()
        t = ref()
        if t is not None and not t.done():
            n = _task_order.get(t, -1) + 1
            _frames_live[n] = ref
            changed[n] = _frames_task_entry(n, t)
    _frames_live[ordinal] = weakref.ref(task)
    changed[ordinal] = _frames_task_entry(ordinal, task)
    done = []
    for n, ref in _frames_live.items():
        t = ref()
        if t is None or t.done():
            done.append(n)
    for n in done:
        del _frames_live[n]
        changed.pop(n, None)
    for n in sorted(changed):
        if _frames_last.get(n) != changed[n]:
            parts.append(changed[n])
            _frames_last[n] = changed[n]
    for n in sorted(done):
        if _frames_last.pop(n, None) is not None:
            parts.append(f"task {n} done\n")
    os.write(_frames_fd, "".join(parts).encode("utf-8", "surrogatepass"))


def _frames_stepped_task(callback):
    """The task a loop callback steps: the C Task's `__step` (a TaskStepMethWrapper) or
    `__wakeup` (its bound `task_wakeup`); None for any other callback (`task.cancel` is a
    bound method of a task too, but steps nothing)."""
    if type(callback).__name__ == "TaskStepMethWrapper" or (
        getattr(callback, "__name__", None) == "task_wakeup"
    ):
        task = getattr(callback, "__self__", None)
        if isinstance(task, asyncio.Task):
            return task
    return None


def _install_frames(out_path):
    """Record a snapshot after each loop callback that stepped a task which did not finish: a
    task's step (`__step`, or `__wakeup`, which steps it) is one handle, and the task suspends
    at its end."""
    global _frames_fd, _frames_new
    _frames_new = collections.deque()
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
    # Far from the low numbers: the scenario's own descriptors (epoll 3, self-pipe 4 and 5,
    # sockets from 6) must get the numbers they get under plain `python3`.
    _frames_fd = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, FRAMES_FD_MIN)
    os.close(fd)
    run = asyncio.events.Handle._run

    def _run(self):
        task = _frames_stepped_task(self._callback)
        if task is not None:
            _frames_stepped.add(task)
        run(self)
        if task is not None and not task.done():
            _frames_snapshot(task)

    _SHUTDOWN_CODES.add(_run.__code__)
    asyncio.events.Handle._run = _run


def main(argv):
    if argv[:1] == ["--repeat"]:
        return cmd_repeat(argv[1:])
    if len(argv) >= 2 and argv[0] == "--child":
        rest = argv[2:]
        frames = None
        if rest[:1] == ["--frames"] and len(rest) >= 2:
            frames, rest = rest[1], rest[2:]
        _child(argv[1], timed=rest == ["--timed"], frames=frames)
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
