"""Differential tester: random asyncio programs on Loopscope and on CPython 3.11.

    python3 tests/difftest/difftest.py [--n N] [--seed S] [--out DIR] [--profile full|ci]
                                       [--bin PATH] [--jobs J] [--minimize-per-class K]
    python3 tests/difftest/difftest.py --show I [--seed S] [--profile P]   # print program I
    python3 tests/difftest/difftest.py --only I [--seed S] ...             # run program I only

Program I of seed S (gen.py) runs on the engine (`loopscope run prog.py --name prog.py --instr-cost-ns 0
--timestamps`) and on CPython 3.11 through the conformance harness's child mode
(tests/conformance/harness.py, imported as a module), and the two are compared on stdout,
stderr and exit status after the harness's `normalize`. A mismatch is checked for
determinism (CPython again under another hash seed, the engine again), labelled
(classify.py), minimised (minimize.py) and saved as a ready-to-add conformance scenario
DIR/found__<label>__s<S>_<I>.py (with its xfail line), next to DIR/found__...txt holding
both outputs. One summary line per mismatch goes to stdout and DIR/summary.txt.

Exit status: 0 when every program matched, 1 when some did not, 2 on a usage error.
The engine binary: --bin, else $LOOPSCOPE_BIN, else the newer of the workspace's
target/release/loopscope and target/debug/loopscope ($CARGO_TARGET_DIR is honoured).
"""

import argparse
import collections
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "conformance"))

import harness  # noqa: E402  (refuses to run under anything but CPython 3.11)
import gen  # noqa: E402
from classify import classify, describe, first_difference, xfail_reason  # noqa: E402
from minimize import minimize  # noqa: E402

PROGRAM_NAME = "prog.py"
TIMEOUT = 60


def find_binary(explicit):
    if explicit:
        return explicit
    if os.environ.get("LOOPSCOPE_BIN"):
        return os.environ["LOOPSCOPE_BIN"]
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    found = [
        p
        for p in (os.path.join(target, d, "loopscope") for d in ("release", "debug"))
        if os.path.isfile(p)
    ]
    if not found:
        sys.exit(
            "difftest: no loopscope binary; build one (cargo build --release --bin loopscope) "
            "or pass --bin"
        )
    return max(found, key=os.path.getmtime)


# --------------------------------------------------------------------------------------------
# Running one program on both sides
# --------------------------------------------------------------------------------------------


def run_cpython(path, hashseed="0"):
    """The harness's child mode, normalised as the harness does (harness.run_scenario, with
    a shorter timeout)."""
    try:
        proc = subprocess.run(
            [sys.executable, os.path.abspath(harness.__file__), "--child", path],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            env=harness.child_env(hashseed),
            cwd=os.path.dirname(path),
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return ("", "difftest: CPython timed out\n", -1)
    return _normalized(path, proc)


class ForkServer:
    """One cpyserver.py process per worker thread (see cpyserver.py)."""

    local = threading.local()
    all = []
    lock = threading.Lock()

    @classmethod
    def run(cls, path):
        server = getattr(cls.local, "proc", None)
        if server is None or server.poll() is not None:
            server = subprocess.Popen(
                [sys.executable, os.path.join(HERE, "cpyserver.py")],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=dict(harness.child_env("0"), DIFFTEST_TIMEOUT=str(TIMEOUT)),
            )
            cls.local.proc = server
            with cls.lock:
                cls.all.append(server)
        server.stdin.write(path.encode("utf-8") + b"\n")
        server.stdin.flush()
        status = int(server.stdout.readline())
        with open(path + ".stdout", "rb") as f:
            out = f.read()
        with open(path + ".stderr", "rb") as f:
            err = f.read()
        return subprocess.CompletedProcess([], status, out, err)

    @classmethod
    def stop(cls):
        for server in cls.all:
            server.stdin.close()
            server.wait()


FORK = True  # --fresh turns it off


def run_cpython_fast(path):
    """Like run_cpython, through the fork server unless --fresh was given."""
    if not FORK:
        return run_cpython(path)
    return _normalized(path, ForkServer.run(path))


def run_engine(binary, path):
    try:
        proc = subprocess.run(
            # `--name`: the harness compiles the program under its basename, where
            # `loopscope run` (like `python3`) would name it by its absolute path.
            [binary, "run", os.path.basename(path), "--name", os.path.basename(path),
             "--instr-cost-ns", "0", "--timestamps"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            cwd=os.path.dirname(path),
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return ("", "difftest: the engine timed out\n", -1)
    return _normalized(path, proc)


def _normalized(path, proc):
    base = os.path.basename(path)
    return (
        harness.normalize(proc.stdout.decode("utf-8", "replace"), False, base),
        harness.normalize(proc.stderr.decode("utf-8", "replace"), True, base),
        proc.returncode,
    )


class Workdir:
    """A scratch directory per thread; each run writes prog.py there."""

    def __init__(self, root):
        self.root = root
        self.local = threading.local()

    def path(self):
        d = getattr(self.local, "dir", None)
        if d is None:
            d = tempfile.mkdtemp(prefix="w", dir=self.root)
            self.local.dir = d
        return os.path.join(d, PROGRAM_NAME)


def run_both(binary, workdir, source, hashseed=None):
    """CPython's and the engine's (stdout, stderr, status); hashseed=None: the fork server
    (PYTHONHASHSEED=0), else a fresh harness child under that hash seed."""
    path = workdir.path()
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    cpython = run_cpython_fast(path) if hashseed is None else run_cpython(path, hashseed)
    return cpython, run_engine(binary, path)


# --------------------------------------------------------------------------------------------
# Mismatches: label, minimise, save
# --------------------------------------------------------------------------------------------


class Mismatch:
    def __init__(self, program, cpython, engine):
        self.program = program
        self.cpython = cpython
        self.engine = engine
        self.label = None
        self.minimized = None  # (nodes, cpython, engine, test runs)
        self.saved = None


def longest_clean_run(indices, mismatches):
    """The most programs in a row (by index) that all matched, as `N (programs A-B)`."""
    bad = {m.program.index for m in mismatches}
    best, start, run_start, run = 0, None, None, 0
    for i in indices:
        if i in bad:
            run = 0
            continue
        if run == 0:
            run_start = i
        run += 1
        if run > best:
            best, start = run, run_start
    if best == 0:
        return "0"
    return f"{best} (programs {start}-{start + best - 1})"


def confirm(binary, workdir, m):
    """Labels the mismatch, after checking that both sides are deterministic: CPython again
    in a fresh child under two hash seeds, the engine again."""
    src = m.program.source()
    c2, e2 = run_both(binary, workdir, src, hashseed="0")
    c3, _ = run_both(binary, workdir, src, hashseed="1")
    if c2 != m.cpython or c3 != m.cpython:
        m.label = "cpython-nondeterministic"
    elif e2 != m.engine:
        m.label = "d7-engine-nondeterministic"
    else:
        m.label = classify(src, m.cpython, m.engine)


def do_minimize(binary, workdir, m, budget):
    last = {}

    def test(src):
        c, e = run_both(binary, workdir, src)
        if c == e or classify(src, c, e) != m.label:
            return False
        last[src] = (c, e)
        return True

    nodes, runs = minimize(m.program.nodes, test, budget)
    # Without the drain the scenario is shorter (asyncio.run cancels what is left, in
    # creation order under the harness), if the mismatch stays.
    bare = gen.without_drain(nodes)
    if gen.render(bare) != gen.render(nodes) and test(gen.render(bare)):
        nodes, _ = minimize(bare, test, budget // 4)
    src = gen.render(nodes)
    c, e = last.get(src) or run_both(binary, workdir, src)
    m.minimized = (nodes, c, e, runs)


def _slug(label):
    return label.replace("-", "_").lower()


def save(out_dir, m):
    nodes, c, e = (
        (m.minimized[0], m.minimized[1], m.minimized[2])
        if m.minimized
        else (m.program.nodes, m.cpython, m.engine)
    )
    body = gen.render(nodes)
    p = m.program
    name = f"found__{_slug(m.label)}__s{p.seed}_{p.index}"
    stream, want, got = first_difference(c, e)
    before = gen.count_statements(p.nodes)
    after = gen.count_statements(nodes)
    how = f"minimised from {before} to {after} statements" if m.minimized else (
        f"not minimised ({before} statements)"
    )
    header = [
        f"# Found by tests/difftest (seed {p.seed}, program {p.index}, profile {p.profile}); {how}.",
        f"# CPython 3.11 and Loopscope differ: {describe(m.label)[:150]}",
        f"# First difference ({stream}): CPython {_short(want)} / Loopscope {_short(got)}",
        f"# xfail: {xfail_reason(m.label)}",
    ]
    with open(os.path.join(out_dir, name + ".py"), "w", encoding="utf-8") as f:
        f.write("\n".join(header) + "\n" + body)
    with open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8") as f:
        for side, (out, err, status) in (("CPython 3.11", c), ("Loopscope", e)):
            f.write(f"===== {side}: status {status}\n----- stdout\n{out}----- stderr\n{err}")
    m.saved = name
    return name, stream, want, got, before, after


def _short(line, n=70):
    line = line.strip()
    return repr(line if len(line) <= n else line[: n - 3] + "...")


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def selftest(n=300):
    """Checks the generator and the minimiser without running anything: programs compile,
    the same (seed, index, profile) gives the same program, and random removals through the
    minimiser's cascade keep programs compilable. Run it after adding a production."""
    import random

    from minimize import _compounds, _number, _removable, _transform

    bad = 0
    for profile in gen.PROFILES:
        for i in range(n):
            p = gen.generate(7, i, profile)
            src = p.source()
            if src != gen.generate(7, i, profile).source():
                print(f"selftest: program {i} ({profile}) differs between two generations")
                bad += 1
            tree = gen.copy_tree(p.nodes)
            _number(tree)
            rng = random.Random(i)
            for _ in range(5):
                cands = _removable(tree)
                drop = rng.sample(cands, min(len(cands), rng.randint(1, 6)))
                trial = _transform(tree, drop=drop)
                compounds = _compounds(tree)
                unwrapped = _transform(tree, unwrap=rng.sample(compounds, min(2, len(compounds))))
                for candidate in (trial, unwrapped, gen.without_drain(trial or tree)):
                    if candidate is None:
                        continue
                    text = gen.render(candidate)
                    try:
                        compile(text, "prog.py", "exec")
                    except SyntaxError as e:
                        print(f"selftest: program {i} ({profile}) after removing {drop}: {e}")
                        bad += 1
                    if "time.sleep" in text and "import time" not in text:
                        print(f"selftest: program {i} ({profile}) lost `import time`")
                        bad += 1
    print(f"selftest: {n} programs per profile, {bad} problems")
    return 1 if bad else 0


def reclassify(directory):
    """Labels again the mismatches saved in DIR (found__*.py with their .txt) with the current
    classify.py, and prints the counts: for trying a new rule without running anything."""
    import glob
    import re

    counts = collections.Counter()
    for py in sorted(glob.glob(os.path.join(directory, "found__*.py"))):
        with open(py, encoding="utf-8") as f:
            lines = f.read().split("\n")
        source = "\n".join(lines[4:])  # without the 4-line header
        with open(py[:-3] + ".txt", encoding="utf-8") as f:
            text = f.read()
        sides = re.split(r"^===== .*: status (-?\d+)\n", text, flags=re.M)[1:]
        (c_status, c_text), (e_status, e_text) = zip(sides[0::2], sides[1::2])
        c = c_text[len("----- stdout\n") :].split("----- stderr\n")
        e = e_text[len("----- stdout\n") :].split("----- stderr\n")
        label = classify(source, (c[0], c[1], int(c_status)), (e[0], e[1], int(e_status)))
        old = os.path.basename(py).split("__")[1]
        counts[label] += 1
        if _slug(label) != old:
            print(f"{os.path.basename(py)}: now {label}")
    if indices:
        summary.append(f"  longest run of matches: {longest_clean_run(indices, mismatches)}")
    for label, n in counts.most_common():
        print(f"  {n:5}  {label}")
    return 0


def parse_features(spec, profile):
    weights = dict(gen.PROFILES[profile])
    for item in filter(None, (spec or "").split(",")):
        sign, name = item[0], item[1:]
        if sign not in "+-" or name.split("=")[0] not in gen.FEATURES:
            sys.exit(f"difftest: bad --features item {item!r} (features: {', '.join(gen.FEATURES)})")
        if sign == "-":
            weights[name] = 0
        else:
            name, _, w = name.partition("=")
            weights[name] = float(w or 1)
    return weights


def main(argv):
    ap = argparse.ArgumentParser(
        prog="difftest.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--n", type=int, default=500, help="number of programs (default 500)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the run (default 1)")
    ap.add_argument("--out", default="/tmp/difftest-found", help="where found scenarios go")
    ap.add_argument("--profile", default="full", choices=sorted(gen.PROFILES))
    ap.add_argument(
        "--features",
        help="change the profile: comma-separated +name[=weight] / -name (see gen.FEATURES)",
    )
    ap.add_argument("--bin", help="the loopscope binary")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument(
        "--minimize-per-class",
        type=int,
        default=4,
        metavar="K",
        help="minimise at most K mismatches per label (the lowest numbers; default 4; "
        "-1: all); the others are saved as generated",
    )
    ap.add_argument("--budget", type=int, default=250, help="test runs per minimisation")
    ap.add_argument("--show", type=int, metavar="I", help="print program I and exit")
    ap.add_argument("--only", type=int, metavar="I", help="run program I only")
    ap.add_argument("--list-features", action="store_true")
    ap.add_argument("--selftest", action="store_true", help="check the generator and minimiser")
    ap.add_argument(
        "--reclassify", metavar="DIR", help="label again the mismatches saved in DIR and exit"
    )
    ap.add_argument(
        "--fresh",
        action="store_true",
        help="run CPython in a fresh `harness.py --child` process every time (slower; by "
        "default a fork server runs the same child code, see cpyserver.py)",
    )
    args = ap.parse_args(argv)

    if args.list_features:
        for name, what in gen.FEATURES.items():
            on = {p: gen.PROFILES[p][name] for p in gen.PROFILES}
            print(f"{name:18} {' '.join(f'{p}={w:g}' for p, w in on.items())}  {what}")
        return 0
    if args.selftest:
        return selftest()
    if args.reclassify:
        return reclassify(args.reclassify)
    weights = parse_features(args.features, args.profile)
    if args.show is not None:
        sys.stdout.write(gen.generate(args.seed, args.show, args.profile, weights).source())
        return 0

    global FORK
    FORK = not args.fresh
    binary = os.path.abspath(find_binary(args.bin))
    indices = [args.only] if args.only is not None else list(range(args.n))
    os.makedirs(args.out, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="difftest-")
    workdir = Workdir(scratch)
    print(
        f"difftest: {len(indices)} programs, seed {args.seed}, profile {args.profile}, "
        f"{args.jobs} jobs, engine {binary}",
        flush=True,
    )
    started = time.monotonic()
    mismatches = []
    statements = 0
    try:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:

            def one(i):
                p = gen.generate(args.seed, i, args.profile, weights)
                c, e = run_both(binary, workdir, p.source())
                return p, c, e

            done = 0
            for p, c, e in pool.map(one, indices):
                done += 1
                statements += gen.count_statements(p.nodes)
                if c != e:
                    mismatches.append(Mismatch(p, c, e))
                if done % 100 == 0 or done == len(indices):
                    rate = done / (time.monotonic() - started)
                    print(
                        f"  {done}/{len(indices)} run, {len(mismatches)} mismatches "
                        f"({rate:.1f} programs/s)",
                        flush=True,
                    )
            ran_for = time.monotonic() - started

            list(pool.map(lambda m: confirm(binary, workdir, m), mismatches))
            by_label = collections.defaultdict(list)
            for m in mismatches:
                by_label[m.label].append(m)
            chosen = []
            for label, ms in by_label.items():
                if label in ("cpython-nondeterministic", "d7-engine-nondeterministic"):
                    continue
                k = len(ms) if args.minimize_per_class < 0 else args.minimize_per_class
                chosen += ms[:k]
            t_min = time.monotonic()
            if chosen:
                print(f"difftest: minimising {len(chosen)} mismatches", flush=True)
            list(pool.map(lambda m: do_minimize(binary, workdir, m, args.budget), chosen))
            min_for = time.monotonic() - t_min
    finally:
        ForkServer.stop()
        shutil.rmtree(scratch, ignore_errors=True)

    lines = []
    for m in mismatches:
        name, stream, want, got, before, after = save(args.out, m)
        lines.append(
            f"MISMATCH {m.label} program {m.program.index}: {before}->{after} statements, "
            f"{stream}: CPython {_short(want, 60)} / Loopscope {_short(got, 60)} "
            f"-> {os.path.join(args.out, name)}.py"
        )
    counts = collections.Counter(m.label for m in mismatches)
    summary = [
        f"difftest: seed {args.seed}, profile {args.profile}: {len(indices)} programs "
        f"({statements} statements) in {ran_for:.1f}s ({len(indices) / ran_for:.1f} programs/s), "
        f"{len(indices) - len(mismatches)} matched, {len(mismatches)} mismatched"
        + (f"; minimised {len(chosen)} in {min_for:.1f}s" if chosen else "")
    ]
    if indices:
        summary.append(f"  longest run of matches: {longest_clean_run(indices, mismatches)}")
    for label, n in counts.most_common():
        summary.append(f"  {n:5}  {label}: {describe(label)}")
    for line in lines + summary:
        print(line)
    with open(os.path.join(args.out, "summary.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines + summary) + "\n")
    # A program CPython itself answers differently from run to run is a generator bug: it
    # fails the run like any mismatch (the generator must keep such programs out).
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
