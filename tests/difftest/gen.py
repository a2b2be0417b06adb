"""Random asyncio programs for differential testing against CPython 3.11.

A program is a tree of statements (`Node`) generated from a small grammar. Each grammar rule
is a *production*: a function registered with `@production(context, feature, weight)` that
returns the statements it adds (or None when it does not apply here). `context` says where it
may appear ("main" for the body of `main()`, "worker" for the body of a worker coroutine,
"any" for both); `feature` names the switch that turns it on or off (see FEATURES and
PROFILES); `weight` is how often it is picked relative to the others.

Programs depend only on (seed, index, profile): every random choice goes through the
program's own `random.Random` seeded with a string, which Python hashes with SHA-512, not
with the per-process string hash.

What the generator avoids on purpose (CPython's output would depend on memory addresses or
on hash randomisation, so no engine could match it): printing `all_tasks()` itself (only its
length), ids, hashes, sets. Tasks still pending when `main` returns are fine: the harness
makes `asyncio.run` cancel them in creation order (CPython uses the address order of a
WeakSet). Half of the programs (feature `run_shutdown`) leave them to `asyncio.run`; the
others end `main` with `await drain(tasks)`, which cancels them in name order itself. Without
the `unretrieved` feature the drain also retrieves every task's, future's and gather's
exception, so that nothing is logged as never retrieved.

See README.md for how to add a production.
"""

import random

# --------------------------------------------------------------------------------------------
# The program tree
# --------------------------------------------------------------------------------------------


class Clause:
    """A further part of a compound statement: `except X as e:`, `else:`, `finally:`."""

    __slots__ = ("head", "body", "defs", "uses", "uid")

    def __init__(self, head, body, defs=(), uses=()):
        self.uid = None  # the minimiser's handle
        self.head = head
        self.body = body
        self.defs = set(defs)
        self.uses = set(uses)


class Node:
    """One statement. `head` is its first line (without indentation); `body` is its indented
    block (None for a simple statement); `clauses` are the further parts of a compound
    statement. `defs`/`uses` are the generated names the head defines and reads: removing a
    node also removes every node that reads a name it defined. `fixed` nodes stay."""

    __slots__ = ("head", "body", "clauses", "defs", "uses", "fixed", "blank_before", "uid")

    def __init__(self, head, body=None, clauses=(), defs=(), uses=(), fixed=False):
        self.uid = None  # the minimiser's handle
        self.head = head
        self.body = body
        self.clauses = list(clauses)
        self.defs = set(defs)
        self.uses = set(uses)
        self.fixed = fixed
        self.blank_before = False


def render(nodes):
    """The program text of a list of top-level nodes."""
    out = []
    _render(nodes, 0, out)
    return "\n".join(out) + "\n"


def _render(nodes, depth, out):
    pad = "    " * depth
    for n in nodes:
        if n.blank_before and out:
            out.append("")
        out.append(pad + n.head)
        if n.body is not None:
            _render_block(n.body, depth + 1, out)
            for c in n.clauses:
                out.append(pad + c.head)
                _render_block(c.body, depth + 1, out)


def _render_block(body, depth, out):
    if body:
        _render(body, depth, out)
    else:
        out.append("    " * depth + "pass")


def copy_tree(nodes):
    out = []
    for n in nodes:
        m = Node(n.head, None if n.body is None else copy_tree(n.body), (), n.defs, n.uses, n.fixed)
        m.clauses = [Clause(c.head, copy_tree(c.body), c.defs, c.uses) for c in n.clauses]
        m.blank_before = n.blank_before
        out.append(m)
    return out


def walk(nodes):
    """Every node and clause, pre-order, as (owner_list, node_or_clause, parent_node)."""
    for n in nodes:
        yield n
        if n.body is not None:
            yield from walk(n.body)
            for c in n.clauses:
                yield from walk(c.body)


def count_statements(nodes):
    return sum(1 for _ in walk(nodes))


# --------------------------------------------------------------------------------------------
# Features, profiles, productions
# --------------------------------------------------------------------------------------------

# Every feature with a one-line description. A profile maps features to weight multipliers
# (0 = off); a production is picked with probability proportional to weight * multiplier.
FEATURES = {
    "print": "print markers and the loop's time",
    "sleep": "asyncio.sleep with ties (equal deadlines), with and without result=",
    "time_sleep": "time.sleep: blocks the loop and moves the clock",
    "task": "create_task / ensure_future (named or not), awaiting tasks",
    "gather": "gather of tasks, coroutines and futures, awaited at once by main",
    "gather_re": "gather(..., return_exceptions=True) awaited by main (never cancelled)",
    "gather_stored": "gather futures kept in a variable, awaited or cancelled later",
    "gather_re_cancel": "return_exceptions=True gathers that cancellation can reach "
    "(in workers, stored, under wait_for): issue 11 defect 5",
    "cancel": "cancel() with and without a message: before start, while sleeping, while "
    "awaiting a gather/wait_for/future, self-cancel, cancelling()/uncancel()",
    "wait_for": "wait_for with timeouts (0, short, long, None) on coroutines, tasks, futures",
    "future": "bare futures resolved or failed by call_soon/call_later/call_at callbacks "
    "(Python functions) or by tasks",
    "bound_method_cb": "bound built-in methods as callbacks (fut.set_result, fut.cancel, "
    "task.cancel): their Handle reprs and 'Exception in callback' lines, issue 11 defect 4",
    "done_callback": "add_done_callback / remove_done_callback on tasks, futures, gathers",
    "handle": "Handle / TimerHandle objects (call_soon, call_later, call_at with an int deadline): "
    "repr, cancel, cancelled, when",
    "repr": "reprs of tasks, futures, gathers and the current task in every state",
    "exception": "raise, catch, propagate and chain exceptions (from, from None, implicit)",
    "uncaught": "exceptions that leave main: traceback and exit status 1",
    "callback_error": "callbacks that raise: 'Exception in callback' logs",
    "nested": "workers awaiting other workers' coroutines directly",
    "awaitable": "custom awaitables: classes whose __await__ is a generator with bare yields",
    "awaitable_wrap": "custom awaitables passed to gather/wait_for/ensure_future (wrapped in a "
    "task): found by this tester, not supported today",
    "awaitable_coro": "__await__ delegating to a coroutine's __await__(): issue 11 defect 2",
    "awaitable_future": "__await__ doing `yield from fut` / `fut.__await__()`: issue 11 defect 3",
    "base_exc": "SystemExit / KeyboardInterrupt raised in tasks and callbacks: issue 11 defect 1",
    "unretrieved": "failed tasks, futures and gathers whose exception nobody retrieves ('... "
    "exception was never retrieved' when they are freed): issue 11 defect 6, and "
    "n3-empty-traceback (see classify.py); without it the drain retrieves every exception",
    "result_callback": "done callbacks calling fut.result(): a failed future's exception is "
    "re-raised in the callback, its traceback printed (n2-traceback-frames)",
    "all_tasks": "len(asyncio.all_tasks())",
    "asyncgen": "async generators (with a `finally` that awaits) consumed by `async for` "
    "(with else), async comprehensions and anext() with a default; an async iterator class",
    "asyncgen_abandon": "async generators left unfinished (`break` in `async for`, two "
    "anext() calls): closed by the loop's finalizer hook or by shutdown_asyncgens()",
    "async_with": "`async with` on a small async context manager class (Guard) whose "
    "__aenter__/__aexit__ sleep and print, and which may swallow the block's exception",
    "taskgroup": "`async with asyncio.TaskGroup() as tg:` creating tasks with tg.create_task, "
    "the block's statements, the ExceptionGroup it raises when a task fails",
    "except_star": "`except* Boom` / `except* Exception` around a TaskGroup (the split groups' "
    "reprs)",
    "timeout": "`async with asyncio.timeout(T):` around statements: TimeoutError when it expires",
    "shield": "`await asyncio.shield(...)` of tasks and worker calls (the inner one goes on when "
    "the outer is cancelled)",
    "wait": "`asyncio.wait` on a list of tasks: FIRST_COMPLETED / FIRST_EXCEPTION / "
    "ALL_COMPLETED, with timeouts; done/pending printed as sorted task names",
    "as_completed": "`for c in asyncio.as_completed(ts, timeout=T)` on freshly created tasks "
    "(none done yet: CPython adds its callbacks in the order of a set)",
    "queue": "a module-level asyncio.Queue(2): put/get (awaited, nowait, under wait_for), "
    "qsize/empty/full, task_done, join",
    "lock": "a module-level asyncio.Lock: `async with lock:` around statements, locked()",
    "event": "a module-level asyncio.Event: set/clear/is_set, wait() (under wait_for in main)",
    "semaphore": "a module-level asyncio.Semaphore(2): `async with sem:` around statements, "
    "locked()",
    "exception_handler": "loop.set_exception_handler (a handler printing the context's "
    "keys and message, or one deferring to loop.default_exception_handler), "
    "set_exception_handler(None), call_exception_handler with hand-made contexts",
    "to_thread_drain": "a to_thread worker draining a queue.Queue with `for item in "
    "iter(q.get, None)` while the coroutine feeds it between sleeps",
    "to_thread_deadline": "a to_thread worker waiting on a threading.Event in a deadline "
    "loop (each wait gets the time left; a timed wait ends the timer slack late)",
    "getframe": "sys._getframe(1) in a helper: the caller's function name and line",
    "builtin_keywords": "built-ins and library functions called with their leading "
    "parameters by keyword (pow(base=, exp=), round(number=, ndigits=), enumerate(iterable=, "
    "start=), math.isclose(a=, b=), heapq.nlargest(n=, iterable=), json.dumps(obj=)), some "
    "given twice or missing (the TypeError printed)",
    "builtin_edges": "built-in operations at their edges: range slices, bytes split with "
    "maxsplit, empty needles past the end, dict views' truth, keyword-only built-ins given "
    "too many keywords, math.hypot near the largest float, in-place operators of a list "
    "subclass called unbound, dict deletion and re-insertion order, live reversed() and dict "
    "iterators across a delete plus an insert",
    "executor_recv": "a blocking socket method handed to the default executor as it is "
    "(run_in_executor(None, a.recv, 100)) on a socketpair, the other end sending after sleeps",
    "to_thread": "asyncio.to_thread of a blocking function (time.sleep in the worker thread, "
    "then its value or an exception), awaited directly or under wait_for; the default "
    "executor's workers (asyncio_N) print their names",
    "echo_stream": "a stream echo server (`async with await asyncio.start_server(...)`) "
    "and clients (open_connection, write, readline, close) run in main, concurrently "
    "with gather, or under wait_for; real loopback sockets on the CPython side",
    "contextvar": "a module-level contextvars.ContextVar: set (and reset by token), get, "
    "copy_context().run, seen by tasks (a copy at creation), call_soon callbacks (a copy at "
    "scheduling) and to_thread workers (a copy of the caller's)",
    "stats": "bisect.insort of loop.time() readings around asyncio.sleeps, summarised with "
    "statistics.mean/median/pstdev and bisect.bisect (library modules in Python)",
    "regex": "re.findall/re.sub/re.split over a line built from loop.time() and the number of "
    "tasks (re is a library module in Python)",
    "hashing": "hashlib digests (sha256/md5/blake2b/sha3), hmac and uuid5 of a line built "
    "from loop.time() and the number of tasks, sometimes hashed in the default executor "
    "(hashlib is native, hmac and uuid library modules in Python)",
    "tracemalloc": "a worker's coroutine created and dropped without being awaited (the "
    "never-awaited RuntimeWarning), sometimes after tracemalloc.start(N) (\"Object allocated "
    "at\") or sys.set_coroutine_origin_tracking_depth(N) (\"Coroutine created at\")",
    "tb_walk": "traceback.extract_tb/format_tb of a caught exception's __traceback__ "
    "(frames through awaited tasks, carets), traceback.format_stack/print_stack with a "
    "limit inside workers (library Python: FrameSummary, StackSummary)",
    "frames": "frame objects: a pending task's coroutine frame (cr_frame: f_lineno, f_code, "
    "sorted f_locals names; None once done) read from main, and a worker's own frame "
    "(f_lineno while running)",
    "debug": "loop.set_debug(True) in main before a coroutine is dropped unawaited: debug mode "
    "from then on (origin tracking from the next cycle, creation sites in reprs, slow "
    "callbacks)",
    "pylib": "json.dumps/loads (sometimes with a JSONEncoder subclass as cls=), "
    "graphlib.TopologicalSorter.static_order, reprlib.repr, fnmatch.filter, a WeakSet of the "
    "tasks, argparse.parse_args on a list, timeit.timeit of a lambda, difflib (unified_diff, "
    "ndiff, SequenceMatcher, get_close_matches), shlex split/quote/join, html "
    "escape/unescape, calendar (monthrange, month text, itermonthdays2), ipaddress (networks, "
    "hosts, subnets, collapse), configparser (read_string, interpolation, getint), tomllib "
    "loads, decimal (quantize, context precision, formatting), getopt and a sched scheduler on "
    "the virtual clock, over values built from loop.time() and the "
    "number of tasks (library modules in Python)",
    "atexit": "atexit.register of print or explode (raising: 'Exception ignored in atexit "
    "callback') from main and workers, run last first after asyncio.run; atexit.unregister",
    "attr_hooks": "attribute hooks and descriptors: a class whose __getattribute__ prints what "
    "is read (methods, properties, awaited methods, __getattr__ fallbacks), and attribute sites "
    "meeting classes with and without __slots__ or a property of the name, one gaining a "
    "property while the program runs",
    "blocking_socket": "blocking socket clients (socket.create_connection, sendall, recv or a "
    "text-mode makefile's readline, "
    "settimeout and its TimeoutError) in to_thread workers against a stream echo server, "
    "alongside asyncio clients: a blocking call blocks only its worker thread (rule T9)",
    "instance_layouts": "instances of one class setting their attributes fully, in part, "
    "late, in another order, deleting and setting again, across awaits (vars(), the class's "
    "attribute for the rest): the engine shares attribute names between instances",
    "calls": "calls of plain functions, methods, static methods and closures with and without "
    "their defaults, wrong argument counts and keywords caught as TypeError, and a temporary "
    "lambda whose default is freed when the call ends (the engine's short call path)",
    "types_coroutine": "`@types.coroutine` generator functions (bare yields, `yield from` a "
    "future) awaited directly, as tasks (ensure_future) and in gathers",
    "loop_internals": "the loop's private ready queue and timer heap as teaching programs "
    "print them: len(loop._ready)/len(loop._scheduled), the ready handles' reprs, the live "
    "timers' deadlines and callbacks' names, loop._timer_cancelled_count",
    "duck_future": "the program's own future-like class (`_asyncio_future_blocking`, "
    "add_done_callback, result, cancel) awaited by tasks: it finishes later, raises from "
    "result(), or refuses a cancellation",
    "object_dunders": "dir() of coroutines (asyncio.sleep's, closed at once) and generators, "
    "and the dunders they and None share with every object (__eq__, __ne__, __repr__, "
    "__doc__); bound and built-in methods compared and hashed (`l.append == l.append`); the "
    "types reversed() gives; classes' __dict__ order (slots, the __dict__ and __weakref__ "
    "they add), __base__, dir() of a class and of an exception, dir() of built-in types and "
    "values, hasattr(x, '__call__') of every kind of callable, a str subclass's instances as "
    "str methods' arguments",
    "files": "files on the (virtual, on CPython's side real) file system: a fresh file "
    "written with open(..., 'w') in a `with` block, appended to, read back (lines, tell, "
    "binary), its size and removal, a pathlib.Path's parts, rename and unlink, a directory "
    "tree made with pathlib and listed by os.walk and rglob (sorted); names unique per "
    "program, opened with 'w' first",
    "run_shutdown": "half of the programs leave pending tasks for asyncio.run to cancel (in "
    "creation order under the harness); the others cancel them in main (the drain)",
}

_ALL_ON = {name: 1.0 for name in FEATURES}

# Features that hit a known defect nearly every time they run get a low weight in "full", so
# that one defect does not hide the others (a program shows one label). None today.
_KNOWN_DEFECTS = {}

PROFILES = {
    # Everything the generator knows.
    "full": dict(_ALL_ON, **_KNOWN_DEFECTS),
    # What matches CPython on main today (the fixed-seed CI batch). A feature left out names
    # the defect that keeps it out; turn it on here when the defect is fixed.
    "ci": dict(
        _ALL_ON,
        # d1-base-exception: a SystemExit/KeyboardInterrupt that interrupts asyncio.run's
        # shutdown, or leaves tasks in reference cycles, is reported otherwise than CPython.
        base_exc=0,
        asyncgen_abandon=0,  # n6-asyncgen-lifetime: tracebacks do not keep frames alive
        # Debug mode's reports now match (d2-debug-sources: source_traceback and
        # handle_traceback), but its programs still meet n2-traceback-frames (about 1 in 300:
        # a re-raised exception keeps other frames than CPython's) and n5-library-context.
        debug=0,
        # builtin_edges matches CPython (try `--features +builtin_edges=20`), but any new
        # production shifts the batch's picks, and the shifted seed-11 stream holds a program
        # whose "Task exception was never retrieved" reports depend on when CPython's cyclic
        # GC runs (the fork server's first run and a fresh child differ): a generator defect
        # to fix (keep unretrieved failures out of reference cycles) before this turns on.
        builtin_edges=0,
    ),
}


class Production:
    __slots__ = ("name", "context", "feature", "weight", "fn")

    def __init__(self, name, context, feature, weight, fn):
        self.name, self.context, self.feature, self.weight, self.fn = (
            name,
            context,
            feature,
            weight,
            fn,
        )


PRODUCTIONS = []


def production(context, feature, weight=1.0):
    """Registers a statement production. `fn(g, scope)` returns a list of Nodes or None."""
    assert context in ("main", "worker", "any"), context
    assert feature in FEATURES, feature

    def register(fn):
        PRODUCTIONS.append(Production(fn.__name__, context, feature, weight, fn))
        return fn

    return register


# --------------------------------------------------------------------------------------------
# Generation state
# --------------------------------------------------------------------------------------------

DELAYS = ["0", "0", "0.1", "0.1", "0.2", "0.25", "0.3", "0.5", "0.5", "1", "1.5"]
TIMEOUTS = ["0", "0.1", "0.2", "0.25", "0.5", "1", "2", "None"]
VALUES = ["1", "2", "7", "'a'", "'b'", "None", "[1, 2]", "(3,)"]
MESSAGES = ["'stop'", "'bye'", "'late'", "''"]


class Worker:
    def __init__(self, name, takes_future):
        self.name = name
        self.takes_future = takes_future


class Scope:
    """Where statements are being generated: main or a worker body."""

    def __init__(self, kind, label, takes_future=False, callees=()):
        self.kind = kind  # "main" or "worker"
        self.label = label  # prefix of this function's print markers
        self.takes_future = takes_future  # a worker with a `fut` parameter
        self.callees = list(callees)  # workers this function may call
        self.tasks = []  # variable names (main only)
        self.futures = []
        self.gathers = []
        self.handles = []
        self.depth = 0  # nesting of compound statements
        self.marks = 0


class Gen:
    def __init__(self, rng, weights):
        self.rng = rng
        self.weights = weights
        self.counter = 0
        self.support = {}  # name -> top-level Node (classes, helper functions), in need() order
        self.workers = []

    def on(self, feature):
        return self.weights.get(feature, 0) > 0

    def maybe(self, feature, p):
        """True with probability p scaled by the feature's weight (never when it is off)."""
        w = self.weights.get(feature, 0)
        return w > 0 and self.rng.random() < min(1.0, p * w)

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def mark(self, scope):
        scope.marks += 1
        return f'"{scope.label}.{scope.marks}"'

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(seq)

    # ---- top-level helpers, defined when first needed ----

    def need(self, name):
        if name not in self.support:
            self.support[name] = SUPPORT[name](self)
            for dep in SUPPORT_DEPS.get(name, ()):
                self.need(dep)
        return name

    # ---- statements ----

    def statements(self, scope, n):
        out = []
        for _ in range(n):
            out.extend(self.statement(scope))
        return out

    def statement(self, scope):
        cands = [
            p
            for p in PRODUCTIONS
            if p.context in ("any", scope.kind) and self.weights.get(p.feature, 0) > 0
        ]
        weights = [p.weight * self.weights[p.feature] for p in cands]
        for _ in range(20):
            p = self.rng.choices(cands, weights)[0]
            nodes = p.fn(self, scope)
            if nodes:
                return nodes
        return [Node(f"print({self.mark(scope)})")]


# ---- support definitions (top level) ----


def _exc_class(name, base):
    def make(g):
        return Node(f"class {name}({base}):", [Node("pass")], defs={name})

    return make


def _fn(head, body_lines, name, uses=()):
    """A small helper function or method; its body is fixed (the minimiser keeps it whole)."""
    return Node(head, [Node(line, fixed=True) for line in body_lines], defs={name}, uses=uses)


SUPPORT = {
    "Boom": _exc_class("Boom", "Exception"),
    "Oops": _exc_class("Oops", "ValueError"),
    "resolve": lambda g: _fn(
        "def resolve(fut, value):",
        ["if not fut.done():", "    fut.set_result(value)"],
        "resolve",
    ),
    "fail": lambda g: _fn(
        "def fail(fut, message):",
        ["if not fut.done():", "    fut.set_exception(Boom(message))"],
        "fail",
        uses={"Boom"},
    ),
    "tick": lambda g: _fn("def tick(what):", ['print("tick", what)'], "tick"),
    "report": lambda g: _fn("def report(fut):", ['print("report", fut)'], "report"),
    "on_error": lambda g: _fn(
        "def on_error(loop, context):",
        ['exc = context.get("exception")',
         'print("handler", sorted(context), context.get("message"), repr(exc))'],
        "on_error",
    ),
    "defer": lambda g: _fn(
        "def defer(loop, context):",
        ['print("deferring", sorted(context))', "loop.default_exception_handler(context)"],
        "defer",
    ),
    "outcome": lambda g: _fn(
        "def outcome(fut):",
        [
            "if fut.cancelled():",
            '    print("outcome: cancelled")',
            "elif fut.exception() is not None:",
            '    print("outcome: error", repr(fut.exception()))',
            "else:",
            '    print("outcome:", fut.result())',
        ],
        "outcome",
    ),
    "take": lambda g: _fn("def take(fut):", ['print("take", fut.result())'], "take"),
    "explode": lambda g: _fn(
        "def explode(what):", ["raise Boom(what)"], "explode", uses={"Boom"}
    ),
    "blocking": lambda g: _fn(
        "def blocking(delay, value, fails):",
        [
            "import threading",
            "time.sleep(delay)",
            'print("blocking", value, threading.current_thread().name)',
            "if fails:",
            "    raise Boom(value)",
            "return value",
        ],
        "blocking",
        uses={"Boom", "time"},
    ),
    # Not `drain`: that is the name of main's closing coroutine (`_drain`).
    "drain_queue": lambda g: _fn(
        "def drain_queue(q):",
        [
            "import threading",
            "got = []",
            "for item in iter(q.get, None):",
            "    time.sleep(0.01)",
            "    got.append(item)",
            'print("drained", got, threading.current_thread().name)',
            "return len(got)",
        ],
        "drain_queue",
        uses={"time"},
    ),
    "deadline": lambda g: _fn(
        "def deadline(seconds):",
        [
            "import threading",
            "ready = threading.Event()",
            "end = time.monotonic() + seconds",
            "waits = 0",
            "while not ready.is_set():",
            "    left = end - time.monotonic()",
            "    if left < 0:",
            "        break",
            "    waits += 1",
            "    ready.wait(left)",
            'print("deadline passed", waits, threading.current_thread().name)',
            "return waits",
        ],
        "deadline",
        uses={"time"},
    ),
    "where": lambda g: _fn(
        "def where():",
        ["caller = __import__('sys')._getframe(1)", "return caller.f_code.co_name, caller.f_lineno"],
        "where",
    ),
    "halt": lambda g: _fn("def halt(code):", ["raise SystemExit(code)"], "halt"),
    "interrupt": lambda g: _fn("def interrupt():", ["raise KeyboardInterrupt"], "interrupt"),
    "Tick": lambda g: Node(
        "class Tick:",
        [
            _fn("def __init__(self, value):", ["self.value = value"], "_"),
            _fn("def __await__(self):", ["yield", "return self.value"], "_"),
        ],
        defs={"Tick"},
    ),
    "Ticks": lambda g: Node(
        "class Ticks:",
        [
            _fn("def __init__(self, n, value):", ["self.n = n", "self.value = value"], "_"),
            _fn(
                "def __await__(self):",
                ["for i in range(self.n):", "    yield", "return self.value"],
                "_",
            ),
        ],
        defs={"Ticks"},
    ),
    "Later": lambda g: Node(
        "class Later:",
        [
            _fn("def __init__(self, delay, value):", ["self.delay = delay", "self.value = value"], "_"),
            _fn(
                "def __await__(self):",
                ["return (yield from asyncio.sleep(self.delay, result=self.value).__await__())"],
                "_",
            ),
        ],
        defs={"Later"},
    ),
    "Guard": lambda g: Node(
        "class Guard:",
        [
            _fn(
                "def __init__(self, name, delay, swallow):",
                ["self.name = name", "self.delay = delay", "self.swallow = swallow"],
                "_",
            ),
            _fn(
                "async def __aenter__(self):",
                ["await asyncio.sleep(self.delay)", 'print("enter", self.name)', "return self.name"],
                "_",
            ),
            _fn(
                "async def __aexit__(self, et, e, tb):",
                [
                    'print("exit", self.name, et.__name__ if et else None)',
                    "await asyncio.sleep(self.delay)",
                    "return self.swallow",
                ],
                "_",
            ),
        ],
        defs={"Guard"},
    ),
    "ticker": lambda g: _fn(
        "async def ticker(n, delay):",
        [
            "try:",
            "    for i in range(n):",
            "        await asyncio.sleep(delay)",
            "        yield i",
            "finally:",
            '    print("ticker closing", n, delay)',
            "    await asyncio.sleep(0)",
            '    print("ticker closed", n, delay)',
        ],
        "ticker",
    ),
    "Watched": lambda g: Node(
        "class Watched:",
        [
            _fn("def __init__(self, n):", ["self.n = n"], "_"),
            _fn(
                "def __getattribute__(self, name):",
                [
                    'if not name.startswith("_"):',
                    '    print("get", name)',
                    "return object.__getattribute__(self, name)",
                ],
                "_",
            ),
            _fn("def __getattr__(self, name):", ['return "no " + name'], "_"),
            Node("twice = property(lambda self: self.n * 2)"),
            _fn(
                "async def bump(self, delay):",
                ["await asyncio.sleep(delay)", "self.n += 1", "return self.n"],
                "_",
            ),
        ],
        defs={"Watched"},
    ),
    "read_v": lambda g: _fn("def read_v(obj):", ["return obj.v"], "read_v"),
    "scale": lambda g: _fn(
        "def scale(x, by=2, offset=0):", ["return x * by + offset"], "scale"
    ),
    "adder": lambda g: _fn(
        "def adder(k):", ["return lambda x, y=1: x + y + k"], "adder"
    ),
    "Meter": lambda g: Node(
        "class Meter:",
        [
            _fn("def __init__(self, start=0):", ["self.n = start"], "_"),
            _fn("def add(self, by=1):", ["self.n += by", "return self.n"], "_"),
            # A class attribute, not a decorator: the minimiser may drop a statement, and a
            # decorator without its def is no program.
            _fn("def diff(a, b=10):", ["return a - b"], "_"),
            Node("diff = staticmethod(diff)"),
        ],
        defs={"Meter"},
    ),
    "Dying": lambda g: Node(
        "class Dying:",
        [
            _fn("def __init__(self, tag):", ["self.tag = tag"], "_"),
            _fn("def __del__(self):", ['print("freed", self.tag)'], "_"),
        ],
        defs={"Dying"},
    ),
    "Shape": lambda g: Node(
        "class Shape:",
        [
            Node('kind = "class kind"'),
            _fn(
                "def __init__(self, a, b=None, kind=None):",
                [
                    "self.a = a",
                    "if b is not None:",
                    "    self.b = b",
                    "if kind is not None:",
                    "    self.kind = kind",
                ],
                "_",
            ),
        ],
        defs={"Shape"},
    ),
    "Countdown": lambda g: Node(
        "class Countdown:",
        [
            _fn("def __init__(self, n, delay):", ["self.n = n", "self.delay = delay"], "_"),
            _fn("def __aiter__(self):", ["return self"], "_"),
            _fn(
                "async def __anext__(self):",
                [
                    "await asyncio.sleep(self.delay)",
                    "if self.n <= 0:",
                    "    raise StopAsyncIteration",
                    "self.n -= 1",
                    "return self.n",
                ],
                "_",
            ),
        ],
        defs={"Countdown"},
    ),
    "settle": lambda g: _fn(
        "async def settle(aw):",
        ["try:", "    return await aw", "except Exception as e:", "    return repr(e)"],
        "settle",
    ),
    "echo": lambda g: _fn(
        "async def echo(reader, writer):",
        # A client that gives up (a timeout, a cancellation) closes with unread echoes, and
        # the kernel resets the connection. Caught here: asyncio's own log of it names the
        # transport's fd, which CPython's collector makes vary from run to run.
        [
            "try:",
            "    async for line in reader:",
            "        await asyncio.sleep(0.01 * len(line))",
            "        writer.write(line.upper())",
            "        await writer.drain()",
            "except ConnectionResetError as e:",
            "    print('echo: reset', e)",
            "writer.close()",
        ],
        "echo",
    ),
    "ask": lambda g: _fn(
        "async def ask(port, lines, delay):",
        [
            'reader, writer = await asyncio.open_connection("127.0.0.1", port)',
            "try:",
            "    replies = []",
            "    for line in lines:",
            "        await asyncio.sleep(delay)",
            "        writer.write(line + b'\\n')",
            "        replies.append(await reader.readline())",
            "    return replies",
            "finally:",
            "    writer.close()",
        ],
        "ask",
    ),
    "blocking_ask": lambda g: _fn(
        "def blocking_ask(port, lines, timeout):",
        [
            'with socket.create_connection(("127.0.0.1", port)) as s:',
            "    s.settimeout(timeout)",
            "    replies = []",
            "    for line in lines:",
            "        s.sendall(line + b'\\n')",
            "        reply = b''",
            "        try:",
            "            while not reply.endswith(b'\\n'):",
            "                chunk = s.recv(100)",
            "                if not chunk:",
            "                    break",
            "                reply += chunk",
            "        except TimeoutError as e:",
            "            replies.append(repr(e))",
            "            break",
            "        replies.append(reply)",
            "    return replies",
        ],
        "blocking_ask",
        uses={"socket"},
    ),
    "blocking_ask_text": lambda g: _fn(
        "def blocking_ask_text(port, lines, timeout):",
        [
            'with socket.create_connection(("127.0.0.1", port)) as s, \\',
            '        s.makefile("r", encoding="utf-8", newline=None) as f:',
            "    s.settimeout(timeout)",
            "    replies = []",
            "    for line in lines:",
            "        s.sendall(line + b'\\r\\n')",
            "        try:",
            "            replies.append(f.readline())",
            "        except TimeoutError as e:",
            "            replies.append(repr(e))",
            "            break",
            "    return replies",
        ],
        "blocking_ask_text",
        uses={"socket"},
    ),
    "queue": lambda g: Node("queue = asyncio.Queue(2)", defs={"queue"}),
    "lock": lambda g: Node("lock = asyncio.Lock()", defs={"lock"}),
    "event": lambda g: Node("event = asyncio.Event()", defs={"event"}),
    "sem": lambda g: Node("sem = asyncio.Semaphore(2)", defs={"sem"}),
    "contextvars": lambda g: Node("import contextvars", defs={"contextvars"}),
    "socket": lambda g: Node("import socket", defs={"socket"}),
    "bisect": lambda g: Node("import bisect", defs={"bisect"}),
    "atexit": lambda g: Node("import atexit", defs={"atexit"}),
    "statistics": lambda g: Node("import statistics", defs={"statistics"}),
    "re": lambda g: Node("import re", defs={"re"}),
    "hashlib": lambda g: Node("import hashlib", defs={"hashlib"}),
    "hmac": lambda g: Node("import hmac", defs={"hmac"}),
    "uuid": lambda g: Node("import uuid", defs={"uuid"}),
    "json": lambda g: Node("import json", defs={"json"}),
    "graphlib": lambda g: Node("import graphlib", defs={"graphlib"}),
    "reprlib": lambda g: Node("import reprlib", defs={"reprlib"}),
    "fnmatch": lambda g: Node("import fnmatch", defs={"fnmatch"}),
    "weakref": lambda g: Node("import weakref", defs={"weakref"}),
    "argparse": lambda g: Node("import argparse", defs={"argparse"}),
    "timeit": lambda g: Node("import timeit", defs={"timeit"}),
    "difflib": lambda g: Node("import difflib", defs={"difflib"}),
    "shlex": lambda g: Node("import shlex", defs={"shlex"}),
    "html": lambda g: Node("import html", defs={"html"}),
    "calendar": lambda g: Node("import calendar", defs={"calendar"}),
    "ipaddress": lambda g: Node("import ipaddress", defs={"ipaddress"}),
    "configparser": lambda g: Node("import configparser", defs={"configparser"}),
    "getopt": lambda g: Node("import getopt", defs={"getopt"}),
    "sched": lambda g: Node("import sched", defs={"sched"}),
    "tomllib": lambda g: Node("import tomllib", defs={"tomllib"}),
    "decimal": lambda g: Node("import decimal", defs={"decimal"}),
    "tracemalloc": lambda g: Node("import tracemalloc", defs={"tracemalloc"}),
    "sys": lambda g: Node("import sys", defs={"sys"}),
    "traceback": lambda g: Node("import traceback", defs={"traceback"}),
    "types": lambda g: Node("import types", defs={"types"}),
    "os": lambda g: Node("import os", defs={"os"}),
    "pathlib": lambda g: Node("import pathlib", defs={"pathlib"}),
    # Generator functions made awaitable where they are called, `types.coroutine(turns)(...)`
    # (a decorator would be a second line the minimiser could remove alone).
    "turns": lambda g: _fn(
        "def turns(n, value):", ["for i in range(n):", "    yield", "return value"], "turns"
    ),
    "via_gen": lambda g: _fn("def via_gen(fut):", ["return (yield from fut)"], "via_gen"),
    "SetEncoder": lambda g: Node(
        "class SetEncoder(json.JSONEncoder):",
        [_fn("def default(self, o):",
             ["return sorted(o) if isinstance(o, set) else super().default(o)"], "_")],
        defs={"SetEncoder"},
        uses={"json"},
    ),
    "cv": lambda g: Node(
        'cv = contextvars.ContextVar("cv", default="unset")', defs={"cv"}, uses={"contextvars"}
    ),
    "show_cv": lambda g: _fn(
        "def show_cv(what):", ['print("cv", what, cv.get())'], "show_cv", uses={"cv"}
    ),
    "Duck": lambda g: Node(
        "class Duck:",
        [
            Node("_asyncio_future_blocking = False", fixed=True),
            _fn(
                "def __init__(self, delay, value):",
                [
                    "self._loop = asyncio.get_running_loop()",
                    "self._callbacks, self._value, self._done = [], value, False",
                    "self._loop.call_later(delay, self._finish)",
                ],
                "_",
            ),
            _fn("def __repr__(self):", ["return f'<Duck {self._value!r} done={self._done}>'"], "_"),
            _fn("def get_loop(self):", ["return self._loop"], "_"),
            _fn(
                "def add_done_callback(self, callback, *, context=None):",
                ["self._callbacks.append(callback)"],
                "_",
            ),
            _fn("def cancel(self, msg=None):", ["print('Duck.cancel', msg)", "return False"], "_"),
            _fn(
                "def result(self):",
                ["if isinstance(self._value, BaseException):", "    raise self._value",
                 "return self._value"],
                "_",
            ),
            _fn(
                "def _finish(self):",
                ["self._done = True", "for callback in self._callbacks:",
                 "    self._loop.call_soon(callback, self)"],
                "_",
            ),
            _fn(
                "def __await__(self):",
                ["if not self._done:", "    self._asyncio_future_blocking = True",
                 "    yield self", "return self.result()"],
                "_",
            ),
        ],
        defs={"Duck"},
    ),
    "Via": lambda g: Node(
        "class Via:",
        [
            _fn("def __init__(self, fut):", ["self.fut = fut"], "_"),
            _fn("def __await__(self):", ["return (yield from self.fut)"], "_"),
        ],
        defs={"Via"},
    ),
}
SUPPORT_DEPS = {
    "fail": ["Boom"],
    "explode": ["Boom"],
    "blocking": ["Boom"],
    "blocking_ask": ["socket"],
    "cv": ["contextvars"],
    "show_cv": ["cv"],
}


def _fix_methods(make):
    """A class's methods stay whole: the minimiser may drop the class, not its methods."""

    def build(g):
        node = make(g)
        for method in node.body:
            method.fixed = True
        return node

    return build


for _name in ("Tick", "Ticks", "Later", "Via", "Guard", "Countdown", "Duck"):
    SUPPORT[_name] = _fix_methods(SUPPORT[_name])

# Support nodes are rendered in this order (classes first, then helpers), whatever the order
# in which they were needed.
SUPPORT_ORDER = list(SUPPORT)


# --------------------------------------------------------------------------------------------
# Productions
# --------------------------------------------------------------------------------------------


def _callable_workers(scope):
    """Calls `wK(...)` this scope can make: workers with a fut parameter need a future."""
    calls = []
    for w in scope.callees:
        if not w.takes_future:
            calls.append((f"{w.name}()", {w.name}))
        elif scope.kind == "worker" and scope.takes_future:
            calls.append((f"{w.name}(fut)", {w.name}))
        else:
            for f in scope.futures:
                calls.append((f"{w.name}({f})", {w.name, f}))
    return calls


def _done_cb(g):
    """A done callback: `take` calls fut.result(), which re-raises a failed future's exception
    in the callback ('Exception in callback' with its traceback)."""
    if g.maybe("result_callback", 0.3):
        return "take"
    return g.pick(["report", "outcome"])


def _keep(g, scope, v):
    """Without `unretrieved`, futures and gathers go into `tasks` too, so that the drain
    retrieves their exceptions (nothing is logged as never retrieved)."""
    if g.on("unretrieved"):
        return []
    return [Node(f"tasks.append({v})", uses={v, "tasks"})]


def _task_like(scope):
    return scope.tasks + scope.gathers


def _any_future(scope):
    return scope.tasks + scope.futures + scope.gathers


def _protect(g, scope, body, first=()):
    """Wraps statements in a try that reports what escaped (after the clauses in `first`),
    so that main goes on."""
    e, e2 = g.fresh("e"), g.fresh("e")
    clauses = list(first) + [
        Clause(
            f"except asyncio.CancelledError as {e}:",
            [Node(f"print({g.mark(scope)}, 'cancelled', repr({e}))", uses={e})],
            defs={e},
        ),
        Clause(
            f"except Exception as {e2}:",
            [Node(f"print({g.mark(scope)}, 'error', repr({e2}))", uses={e2})],
            defs={e2},
        ),
    ]
    return [Node("try:", body, clauses)]


def _maybe_protect(g, scope, body, first=(), p_main=0.85, p_worker=0.3):
    """In main, most awaits are protected (an uncaught one ends the program); in workers
    fewer (the task's exception is what the awaiting code sees). `first` are clauses that
    come before the protecting ones (the statement gets a try even when unprotected)."""
    p = p_main if scope.kind == "main" else p_worker
    if not g.on("uncaught") and scope.kind == "main":
        p = 1.0
    if g.chance(p):
        return _protect(g, scope, body, first)
    if first:
        return [Node("try:", body, list(first))]
    return body


@production("main", "frames", weight=0.5)
def p_task_frame(g, scope):
    """Where a stored task's coroutine waits and which names it holds, or None once done."""
    if not scope.tasks:
        return None
    t = g.pick(scope.tasks)
    f = g.fresh("fr")
    show = (f"None if {f} is None else ({f}.f_lineno, {f}.f_code.co_name, "
            f"sorted({f}.f_locals), {f}.f_back)")
    return [
        Node(f"{f} = {t}.get_coro().cr_frame", defs={f}, uses={t}),
        Node(f"print({g.mark(scope)}, {show})", uses={f}),
    ]


@production("worker", "frames", weight=0.3)
def p_own_frame(g, scope):
    """The running worker's own coroutine frame: the line it is running."""
    frame = "asyncio.current_task().get_coro().cr_frame"
    return [Node(f"print({g.mark(scope)}, {frame}.f_lineno, {frame}.f_code.co_name)")]


@production("worker", "tb_walk", weight=0.4)
def p_stack_walk(g, scope):
    """The worker's own stack: its innermost frame on stdout (format_stack), two frames on
    stderr (print_stack; the library frames the engine leaves out, the harness drops)."""
    tb = g.need("traceback")
    if g.chance(0.5):
        return [Node(f"print({g.mark(scope)}, {tb}.format_stack(limit=1))", uses={tb})]
    return [Node(f"{tb}.print_stack(limit={g.pick(['1', '2'])})", uses={tb})]


@production("any", "print", weight=1)
def p_print(g, scope):
    if g.chance(0.3):
        loop = "loop" if scope.kind == "main" else "asyncio.get_running_loop()"
        return [Node(f"print({g.mark(scope)}, {loop}.time())", uses={"loop"} if scope.kind == "main" else ())]
    return [Node(f"print({g.mark(scope)})")]


def _async_source(g):
    """An async iterable expression: an async generator call or an async iterator."""
    n = g.pick(["0", "1", "2", "3", "4"])
    d = g.pick(["0", "0", "0.1", "0.25", "0.5"])
    if g.chance(0.3):
        return f"Countdown({n}, {d})", {g.need("Countdown")}
    return f"ticker({n}, {d})", {g.need("ticker")}


@production("any", "asyncgen", weight=2)
def p_async_for(g, scope):
    source, uses = _async_source(g)
    x = g.fresh("x")
    body = [Node(f"print({g.mark(scope)}, {x})", uses={x})]
    if g.maybe("asyncgen_abandon", 0.4):
        body.append(Node(f"if {x} == {g.pick(['0', '1', '2'])}:", [Node("break")], uses={x}))
    clauses = []
    if g.chance(0.3):
        clauses.append(Clause("else:", [Node(f"print({g.mark(scope)})")]))
    return [Node(f"async for {x} in {source}:", body, clauses, defs={x}, uses=uses)]


@production("any", "asyncgen", weight=1)
def p_async_comprehension(g, scope):
    source, uses = _async_source(g)
    x = g.fresh("x")
    cond = f" if {x} % 2 == 0" if g.chance(0.3) else ""
    return [Node(f"print({g.mark(scope)}, [{x} async for {x} in {source}{cond}])", uses=uses)]


@production("any", "asyncgen", weight=1)
def p_anext(g, scope):
    source, uses = _async_source(g)
    if not g.maybe("asyncgen_abandon", 0.5):
        # On a fresh generator anext() abandons it after one item unless it has none.
        source = source.replace("ticker(", "ticker(0 * ").replace("Countdown(", "Countdown(0 * ")
        return [Node(f"print({g.mark(scope)}, await anext({source}, {g.pick(VALUES)}))", uses=uses)]
    a = g.fresh("ag")
    return [
        Node(f"{a} = aiter({source})", defs={a}, uses=uses),
        Node(f"print({g.mark(scope)}, await anext({a}, None), await anext({a}, None))", uses={a}),
    ]


@production("any", "sleep", weight=8)
def p_sleep(g, scope):
    d = g.pick(DELAYS)
    if g.chance(0.25):
        return [Node(f"print({g.mark(scope)}, await asyncio.sleep({d}, result={g.pick(VALUES)}))")]
    return [Node(f"await asyncio.sleep({d})")]


@production("any", "time_sleep", weight=1.5)
def p_time_sleep(g, scope):
    return [Node(f"time.sleep({g.pick(['0.05', '0.1', '0.2', '0.5'])})", uses={"time"})]


@production("main", "task", weight=7)
def p_create_task(g, scope):
    calls = _callable_workers(scope)
    if g.maybe("awaitable_wrap", 0.1):
        g.need("Tick")
        calls.append((f"Tick({g.pick(VALUES)})", {"Tick"}))
    if not calls:
        return None
    call, uses = g.pick(calls)
    t = g.fresh("t")
    r = g.rng.random()
    if r < 0.2:
        head = f"{t} = asyncio.create_task({call}, name='job{t[1:]}')"
    elif r < 0.3 or call.startswith("Tick("):
        head = f"{t} = asyncio.ensure_future({call})"
    else:
        head = f"{t} = asyncio.create_task({call})"
    out = [
        Node(head, defs={t}, uses=uses),
        Node(f"tasks.append({t})", uses={t, "tasks"}),
    ]
    scope.tasks.append(t)
    if g.maybe("cancel", 0.12):  # cancelled before it starts
        msg = g.pick(MESSAGES) if g.chance(0.5) else ""
        out.append(Node(f"{t}.cancel({msg})", uses={t}))
    if g.maybe("done_callback", 0.2):
        cb = g.need(_done_cb(g))
        out.append(Node(f"{t}.add_done_callback({cb})", uses={t, cb}))
    return out


@production("main", "task", weight=5)
def p_await_task(g, scope):
    if not _task_like(scope):
        return None
    t = g.pick(_task_like(scope))
    return _maybe_protect(g, scope, [Node(f"print({g.mark(scope)}, await {t})", uses={t})])


@production("any", "gather", weight=3)
def p_gather(g, scope):
    children, uses = _gather_children(g, scope)
    if not children:
        return None
    re = ""
    if g.chance(0.5):
        if scope.kind == "main" and g.on("gather_re"):
            re = ", return_exceptions=True"
        elif scope.kind == "worker" and g.maybe("gather_re_cancel", 1):
            re = ", return_exceptions=True"
    body = [Node(f"print({g.mark(scope)}, await asyncio.gather({', '.join(children)}{re}))", uses=uses)]
    return _maybe_protect(g, scope, body)


def _gather_children(g, scope):
    children, uses = [], set()
    pool = []
    for call, u in _callable_workers(scope):
        pool.append((call, u))
    for t in scope.tasks + scope.futures:
        pool.append((t, {t}))
    pool.append((f"asyncio.sleep({g.pick(DELAYS)}, result={g.pick(VALUES)})", set()))
    if g.maybe("awaitable_wrap", 0.1):
        g.need("Tick")
        pool.append(("Tick(5)", {"Tick"}))
    for _ in range(g.rng.randint(1, 3)):
        call, u = g.pick(pool)
        children.append(call)
        uses |= u
    return children, uses


@production("main", "gather_stored", weight=2)
def p_gather_stored(g, scope):
    children, uses = _gather_children(g, scope)
    if not children:
        return None
    re = ", return_exceptions=True" if g.maybe("gather_re_cancel", 0.5) else ""
    v = g.fresh("g")
    scope.gathers.append(v)
    out = [Node(f"{v} = asyncio.gather({', '.join(children)}{re})", defs={v}, uses=uses)]
    out += _keep(g, scope, v)
    if g.maybe("done_callback", 0.2):
        cb = g.need(g.pick(["report", "outcome"]))
        out.append(Node(f"{v}.add_done_callback({cb})", uses={v, cb}))
    return out


@production("main", "cancel", weight=4)
def p_cancel(g, scope):
    targets = _any_future(scope)
    if not targets:
        return None
    x = g.pick(targets)
    msg = g.pick(MESSAGES) if g.chance(0.5) else ""
    if g.chance(0.5):
        return [Node(f"print({g.mark(scope)}, {x}.cancel({msg}))", uses={x})]
    return [Node(f"{x}.cancel({msg})", uses={x})]


@production("worker", "cancel", weight=1.5)
def p_self_cancel(g, scope):
    msg = g.pick(MESSAGES) if g.chance(0.5) else ""
    out = [Node(f"asyncio.current_task().cancel({msg})")]
    if g.chance(0.3):
        out.append(Node(f"print({g.mark(scope)}, asyncio.current_task().cancelling())"))
    return out


@production("worker", "cancel", weight=1)
def p_uncancel(g, scope):
    return [
        Node(
            f"print({g.mark(scope)}, asyncio.current_task().cancelling(), "
            "asyncio.current_task().uncancel())"
        )
    ]


@production("main", "cancel", weight=1)
def p_cancel_later(g, scope):
    """A Python callback cancels a task or future later."""
    targets = _any_future(scope)
    if not targets:
        return None
    x = g.pick(targets)
    d = g.pick(DELAYS)
    if g.maybe("bound_method_cb", 0.5):
        return [Node(f"loop.call_later({d}, {x}.cancel)", uses={x, "loop"})]
    return [Node(f"loop.call_later({d}, lambda: {x}.cancel({g.pick(MESSAGES)}))", uses={x, "loop"})]


@production("main", "cancel", weight=2)
def p_state(g, scope):
    targets = _any_future(scope)
    if not targets:
        return None
    x = g.pick(targets)
    if x in scope.tasks and g.chance(0.3):
        return [Node(f"print({g.mark(scope)}, {x}.cancelling(), {x}.done())", uses={x})]
    if g.chance(0.4):
        return [
            Node(
                f"if {x}.done() and not {x}.cancelled():",
                [Node(f"print({g.mark(scope)}, repr({x}.exception()))", uses={x})],
                uses={x},
            )
        ]
    return [Node(f"print({g.mark(scope)}, {x}.done(), {x}.cancelled())", uses={x})]


@production("any", "wait_for", weight=3)
def p_wait_for(g, scope):
    pool = list(_callable_workers(scope))
    pool.append((f"asyncio.sleep({g.pick(DELAYS)}, result={g.pick(VALUES)})", set()))
    if scope.kind == "main":
        pool += [(t, {t}) for t in scope.tasks + scope.futures]
        if g.on("gather_re_cancel"):
            pool += [(x, {x}) for x in scope.gathers]
    if g.maybe("awaitable_wrap", 0.1):
        g.need("Tick")
        pool.append(("Tick(4)", {"Tick"}))
    what, uses = g.pick(pool)
    timeout = g.pick(TIMEOUTS)
    body = [Node(f"print({g.mark(scope)}, await asyncio.wait_for({what}, {timeout}))", uses=uses)]
    first = []
    if g.chance(0.8):
        e = g.fresh("e")
        first.append(
            Clause(
                f"except asyncio.TimeoutError as {e}:",
                [Node(f"print({g.mark(scope)}, 'timeout', repr({e}))", uses={e})],
                defs={e},
            )
        )
    return _maybe_protect(g, scope, body, first)


@production("main", "future", weight=4)
def p_future(g, scope):
    f = g.fresh("f")
    out = [Node(f"{f} = loop.create_future()", defs={f}, uses={"loop"})]
    out += _keep(g, scope, f)
    scope.futures.append(f)
    r = g.rng.random()
    d = g.pick(DELAYS)
    v = g.pick(VALUES)
    h = g.fresh("h") if g.maybe("handle", 0.25) else None
    assign = f"{h} = " if h else ""
    if r < 0.15:
        sched = f"loop.call_soon({g.need('resolve')}, {f}, {v})"
        uses = {"resolve"}
    elif r < 0.55:
        sched = f"loop.call_later({d}, {g.need('resolve')}, {f}, {v})"
        uses = {"resolve"}
    elif r < 0.65:
        sched = f"loop.call_at(loop.time() + {d}, {g.need('resolve')}, {f}, {v})"
        uses = {"resolve"}
    elif r < 0.8:
        sched = f"loop.call_later({d}, {g.need('fail')}, {f}, {g.pick(MESSAGES)})"
        uses = {"fail"}
    elif r < 0.9 and g.maybe("bound_method_cb", 1):
        meth = g.pick([f"{f}.set_result, {v}", f"{f}.cancel", f"{f}.set_result, {v}"])
        sched = f"loop.call_later({d}, {meth})"
        uses = set()
    else:
        sched = None  # resolved by a task, or never
        h = None
    if sched:
        out.append(Node(assign + sched, defs={h} if h else (), uses=uses | {f, "loop"}))
        if h:
            scope.handles.append(h)
            if g.chance(0.5):
                out.append(Node(f"print({g.mark(scope)}, repr({h}))", uses={h}))
    if g.maybe("done_callback", 0.2):
        cb = g.need(_done_cb(g))
        out.append(Node(f"{f}.add_done_callback({cb})", uses={f, cb}))
    return out


@production("main", "future", weight=3)
def p_await_future(g, scope):
    if not scope.futures:
        return None
    f = g.pick(scope.futures)
    return _maybe_protect(g, scope, [Node(f"print({g.mark(scope)}, await {f})", uses={f})])


@production("worker", "future", weight=4)
def p_worker_future(g, scope):
    if not scope.takes_future:
        return None
    r = g.rng.random()
    if r < 0.5:
        return [Node(f"print({g.mark(scope)}, await fut)")]
    if r < 0.8:
        return [Node("if not fut.done():", [Node(f"fut.set_result({g.pick(VALUES)})")])]
    if r < 0.9:
        g.need("Boom")
        return [Node("if not fut.done():", [Node(f"fut.set_exception(Boom({g.pick(MESSAGES)}))", uses={"Boom"})])]
    if g.on("exception"):
        return [Node(f"fut.set_result({g.pick(VALUES)})")]  # InvalidStateError when done
    return None


@production("main", "done_callback", weight=2)
def p_done_callback(g, scope):
    targets = _any_future(scope)
    if not targets:
        return None
    x = g.pick(targets)
    r = g.rng.random()
    if r < 0.6:
        cb = g.need(_done_cb(g))
        return [Node(f"{x}.add_done_callback({cb})", uses={x, cb})]
    if r < 0.8:
        return [Node(f"{x}.add_done_callback(lambda fut: print({g.mark(scope)}, fut.done()))", uses={x})]
    cb = g.need(g.pick(["report", "outcome"]))
    return [Node(f"print({g.mark(scope)}, {x}.remove_done_callback({cb}))", uses={x, cb})]


@production("main", "handle", weight=2)
def p_handle(g, scope):
    h = g.fresh("h")
    d = g.pick(DELAYS)
    tick = g.need("tick")
    kind = g.rng.random()
    if kind < 0.3:
        head = f"{h} = loop.call_soon({tick}, {g.mark(scope)})"
    elif kind < 0.5 and _any_future(scope) and g.maybe("bound_method_cb", 1):
        x = g.pick(_any_future(scope))
        meth = g.pick([f"{x}.cancel", f"{x}.done", f"{x}.cancelled"])
        scope.handles.append(h)
        return [
            Node(f"{h} = loop.call_later({d}, {meth})", defs={h}, uses={x, "loop"}),
            Node(f"print({g.mark(scope)}, repr({h}))", uses={h}),
        ]
    elif kind < 0.65:
        # An int deadline: when() and the repr show the int as given.
        head = f"{h} = loop.call_at(int(loop.time()) + {g.pick(['1', '2'])}, {tick}, {g.mark(scope)})"
    else:
        head = f"{h} = loop.call_later({d}, {tick}, {g.mark(scope)})"
    scope.handles.append(h)
    out = [Node(head, defs={h}, uses={tick, "loop"})]
    if g.chance(0.6):
        out.append(Node(f"print({g.mark(scope)}, repr({h}))", uses={h}))
    return out


@production("main", "handle", weight=1.5)
def p_handle_use(g, scope):
    if not scope.handles:
        return None
    h = g.pick(scope.handles)
    r = g.rng.random()
    if r < 0.4:
        return [Node(f"{h}.cancel()", uses={h})]
    if r < 0.7:
        return [Node(f"print({g.mark(scope)}, {h}.cancelled(), repr({h}))", uses={h})]
    return [Node(f"print({g.mark(scope)}, {h})", uses={h})]


@production("any", "repr", weight=2)
def p_repr(g, scope):
    pool = ["asyncio.current_task()"] + _any_future(scope)
    x = g.pick(pool)
    if g.chance(0.3):
        return [Node(f"print({g.mark(scope)}, {x})", uses={x} if x in _any_future(scope) else ())]
    return [Node(f"print({g.mark(scope)}, repr({x}))", uses={x} if x in _any_future(scope) else ())]


@production("any", "exception", weight=2)
def p_try(g, scope):
    """try/except/else/finally around a few generated statements."""
    if scope.depth >= 2:
        return None
    scope.depth += 1
    body = g.statements(scope, g.rng.randint(1, 3))
    clauses = []
    if scope.kind == "worker" and g.maybe("cancel", 0.5):
        e = g.fresh("e")
        handler = [Node(f"print({g.mark(scope)}, 'cancelled', repr({e}))", uses={e})]
        if g.chance(0.5):
            handler.append(Node("raise"))
        elif g.chance(0.3):
            handler += g.statements(scope, 1)  # keeps going after swallowing it
        clauses.append(Clause(f"except asyncio.CancelledError as {e}:", handler, defs={e}))
    if g.chance(0.6):
        exc = g.pick(["Boom", "Oops", "Exception", "ValueError", "asyncio.TimeoutError"])
        uses = set()
        if exc in ("Boom", "Oops"):
            g.need(exc)
            uses = {exc}
        e = g.fresh("e")
        handler = [Node(f"print({g.mark(scope)}, 'caught', repr({e}))", uses={e})]
        if g.maybe("tb_walk", 0.3):
            tb = g.need("traceback")
            # Only the program's frames: the engine leaves library frames out of what it
            # formats (docs/ARCHITECTURE.md, "Deliberate differences"), which CPython's
            # stdout shows.
            mine = f"[f for f in {tb}.extract_tb({e}.__traceback__) if f.filename == __file__]"
            walk = g.pick([
                f"[(f.name, f.lineno, f.line) for f in {mine}]",
                f"''.join({tb}.format_list({mine}[-{g.pick(['1', '2'])}:]))",
            ])
            handler.append(Node(f"print({g.mark(scope)}, {walk})", uses={e, tb}))
        if g.chance(0.25):
            other = g.need(g.pick(["Boom", "Oops"]))
            tail = g.pick([f" from {e}", " from None", ""])
            handler.append(Node(f"raise {other}({g.mark(scope)}){tail}", uses={other, e} if tail.endswith(e) else {other}))
        clauses.append(Clause(f"except {exc} as {e}:", handler, defs={e}, uses=uses))
        if g.chance(0.2):
            clauses.append(Clause("else:", [Node(f"print({g.mark(scope)}, 'else')")]))
    if not clauses or g.chance(0.35):
        fin = [Node(f"print({g.mark(scope)}, 'finally')")]
        if g.chance(0.2):
            fin += g.statements(scope, 1)
        clauses.append(Clause("finally:", fin))
    scope.depth -= 1
    return [Node("try:", body, clauses)]


@production("any", "async_with", weight=1.5)
def p_async_with(g, scope):
    """`async with Guard(...) as name:` around a few generated statements."""
    if scope.depth >= 2:
        return None
    scope.depth += 1
    guard = g.need("Guard")
    name = g.fresh("g")
    swallow = g.pick(["False", "False", "True"])
    head = f"async with {guard}({g.mark(scope)}, {g.pick(DELAYS)}, {swallow}) as {name}:"
    body = [Node(f"print({g.mark(scope)}, 'inside', {name})", uses={name})]
    body += g.statements(scope, g.rng.randint(1, 3))
    scope.depth -= 1
    return [Node(head, body, defs={name}, uses={guard})]


@production("worker", "exception", weight=1.5)
def p_raise(g, scope):
    exc = g.need(g.pick(["Boom", "Oops"]))
    if g.chance(0.25):
        e = g.fresh("e")
        other = g.need(g.pick(["Boom", "Oops"]))
        tail = g.pick([f" from {e}", " from None", ""])
        return [
            Node(
                "try:",
                [Node(f"raise {exc}({g.mark(scope)})", uses={exc})],
                [
                    Clause(
                        f"except {exc} as {e}:",
                        [Node(f"raise {other}({g.mark(scope)}){tail}", uses={other} | ({e} if tail.endswith(e) else set()))],
                        defs={e},
                        uses={exc},
                    )
                ],
            )
        ]
    return [Node(f"raise {exc}({g.mark(scope)})", uses={exc})]


@production("main", "uncaught", weight=0.3)
def p_raise_main(g, scope):
    exc = g.need(g.pick(["Boom", "Oops"]))
    return [Node(f"raise {exc}({g.mark(scope)})", uses={exc})]


@production("worker", "print", weight=1)
def p_return(g, scope):
    return [Node(f"return {g.pick(VALUES)}")]


@production("main", "callback_error", weight=1)
def p_callback_error(g, scope):
    ex = g.need("explode")
    if g.chance(0.5):
        return [Node(f"loop.call_soon({ex}, {g.mark(scope)})", uses={ex, "loop"})]
    return [Node(f"loop.call_later({g.pick(DELAYS)}, {ex}, {g.mark(scope)})", uses={ex, "loop"})]


@production("main", "exception_handler", weight=1)
def p_set_exception_handler(g, scope):
    r = g.rng.random()
    if r < 0.2:
        return [Node("loop.set_exception_handler(None)", uses={"loop"})]
    h = g.need("on_error" if r < 0.7 else "defer")
    return [Node(f"loop.set_exception_handler({h})", uses={h, "loop"})]


@production("main", "exception_handler", weight=1)
def p_call_exception_handler(g, scope):
    parts = [f"'message': {g.mark(scope)}"]
    if g.chance(0.5):
        exc = g.pick(["ValueError(1)", "KeyError('k')", "None"])
        parts.append(f"'exception': {exc}")
    if g.chance(0.5):
        parts.append(f"'value': {g.pick(VALUES)}")
    context = "{" + ", ".join(parts) + "}"
    return [Node(f"loop.call_exception_handler({context})", uses={"loop"})]


@production("worker", "nested", weight=2.5)
def p_nested(g, scope):
    calls = _callable_workers(scope)
    if not calls:
        return None
    call, uses = g.pick(calls)
    return _maybe_protect(g, scope, [Node(f"print({g.mark(scope)}, await {call})", uses=uses)])


@production("any", "awaitable", weight=1.5)
def p_awaitable(g, scope):
    if g.chance(0.5):
        c = g.need("Tick")
        return [Node(f"print({g.mark(scope)}, await {c}({g.pick(VALUES)}))", uses={c})]
    c = g.need("Ticks")
    return [Node(f"print({g.mark(scope)}, await {c}({g.rng.randint(0, 3)}, {g.pick(VALUES)}))", uses={c})]


@production("any", "types_coroutine", weight=1)
def p_types_coroutine(g, scope):
    if scope.kind == "main" and scope.futures and g.chance(0.3):
        c, t, f = g.need("via_gen"), g.need("types"), g.pick(scope.futures)
        node = Node(f"print({g.mark(scope)}, await {t}.coroutine({c})({f}))", uses={c, t, f})
        return _maybe_protect(g, scope, [node])
    c, t = g.need("turns"), g.need("types")
    call = f"{t}.coroutine({c})({g.rng.randint(0, 3)}, {g.pick(VALUES)})"
    form = g.pick(["await {}", "await asyncio.ensure_future({})", "await asyncio.gather({0}, {0})"])
    return [Node(f"print({g.mark(scope)}, {form.format(call)})", uses={c, t})]


@production("any", "awaitable_coro", weight=1)
def p_awaitable_coro(g, scope):
    c = g.need("Later")
    return [Node(f"print({g.mark(scope)}, await {c}({g.pick(DELAYS)}, {g.pick(VALUES)}))", uses={c})]


@production("any", "duck_future", weight=0.6)
def p_duck_future(g, scope):
    c = g.need("Duck")
    value = g.pick(VALUES + ["ValueError('duck')"])
    node = Node(f"print({g.mark(scope)}, await {c}({g.pick(DELAYS)}, {value}))", uses={c})
    return _maybe_protect(g, scope, [node])


@production("any", "awaitable_future", weight=1)
def p_awaitable_future(g, scope):
    c = g.need("Via")
    if scope.kind == "worker" and scope.takes_future:
        return [Node(f"print({g.mark(scope)}, await {c}(fut))", uses={c})]
    if scope.kind == "main" and scope.futures:
        f = g.pick(scope.futures)
        return _maybe_protect(g, scope, [Node(f"print({g.mark(scope)}, await {c}({f}))", uses={c, f})])
    return None


@production("worker", "base_exc", weight=0.7)
def p_base_exc_worker(g, scope):
    if g.chance(0.7):
        return [Node(f"raise SystemExit({g.pick(['3', '0', 'None', repr('bye')])})")]
    return [Node("raise KeyboardInterrupt")]


@production("main", "base_exc", weight=0.5)
def p_base_exc_callback(g, scope):
    if g.chance(0.6):
        h = g.need("halt")
        return [Node(f"loop.call_later({g.pick(DELAYS)}, {h}, {g.pick(['4', '0'])})", uses={h, "loop"})]
    h = g.need("interrupt")
    return [Node(f"loop.call_later({g.pick(DELAYS)}, {h})", uses={h, "loop"})]


@production("main", "stats", weight=0.4)
def p_stats(g, scope):
    b, st, t = g.need("bisect"), g.need("statistics"), g.fresh("t")
    out = [Node(f"{t} = [loop.time()]", defs={t}, uses={"loop"})]
    for _ in range(g.pick([1, 2, 3])):
        out.append(Node(f"await asyncio.sleep({g.pick(DELAYS)})"))
        out.append(Node(f"{b}.insort({t}, loop.time() - {g.pick(DELAYS)})", uses={b, t, "loop"}))
    summary = f"{st}.mean({t}), {st}.median({t}), {st}.pstdev({t}), {b}.bisect({t}, 0.2)"
    out.append(Node(f"print({g.mark(scope)}, {t}, {summary})", uses={b, st, t}))
    return out


@production("any", "atexit", weight=0.3)
def p_atexit(g, scope):
    a = g.need("atexit")
    r = g.rng.random()
    if r < 0.15:
        return [Node(f"{a}.unregister(print)", uses={a})]
    if r < 0.35:
        ex = g.need("explode")
        return [Node(f"{a}.register({ex}, {g.mark(scope)})", uses={a, ex})]
    return [Node(f'{a}.register(print, "atexit", {g.mark(scope)})', uses={a})]


@production("main", "regex", weight=0.4)
def p_regex(g, scope):
    r, line = g.need("re"), g.fresh("line")
    out = [Node(f'{line} = f"t={{loop.time():.2f}} tasks={{len(asyncio.all_tasks())}}"',
                defs={line}, uses={"loop"})]
    out.append(Node(f"await asyncio.sleep({g.pick(DELAYS)})"))
    calls = g.pick([
        f'{r}.findall(r"(\\w+)=([\\d.]+)", {line})',
        f'{r}.sub(r"\\d", "#", {line}), {r}.split(r"[ =]", {line})',
        f'{r}.search(r"tasks=(?P<n>\\d+)", {line}).groupdict()',
    ])
    out.append(Node(f"print({g.mark(scope)}, {calls})", uses={r, line}))
    return out


@production("main", "hashing", weight=0.4)
def p_hashing(g, scope):
    h, line = g.need("hashlib"), g.fresh("line")
    out = [Node(f'{line} = f"t={{loop.time():.2f}} tasks={{len(asyncio.all_tasks())}}".encode()',
                defs={line}, uses={"loop"})]
    out.append(Node(f"await asyncio.sleep({g.pick(DELAYS)})"))
    kind = g.pick(["digest", "hmac", "uuid", "executor"])
    if kind == "digest":
        algo = g.pick(["sha256", "md5", "blake2b", "sha3_256", "sha1"])
        calls = f"{h}.new({algo!r}, {line}).hexdigest()[:16], {h}.{algo}({line}).digest_size"
        uses = {h, line}
    elif kind == "hmac":
        m = g.need("hmac")
        calls = f'{m}.new(b"key", {line}, "sha256").hexdigest()[:16], {m}.digest({line}, b"x", "md5").hex()'
        uses = {h, m, line}
    elif kind == "uuid":
        u = g.need("uuid")
        calls = f"{u}.uuid5({u}.NAMESPACE_DNS, {line}.decode()), {u}.uuid3({u}.NAMESPACE_URL, 'x').version"
        uses = {h, u, line}
    else:
        calls = (f"(await loop.run_in_executor(None, {h}.pbkdf2_hmac, 'sha256', {line}, b'salt', 100))"
                 ".hex()[:16]")
        uses = {h, line, "loop"}
    out.append(Node(f"print({g.mark(scope)}, {calls})", uses=uses))
    return out


@production("main", "pylib", weight=0.4)
def p_pylib(g, scope):
    n = g.fresh("n")
    out = [Node(f"{n} = len(asyncio.all_tasks())", defs={n})]
    out.append(Node(f"await asyncio.sleep({g.pick(DELAYS)})"))
    kind = g.pick(["json", "encoder", "graph", "reprlib", "fnmatch", "weakref", "argparse",
                   "timeit", "difflib", "shlex", "html", "calendar", "ipaddress",
                   "configparser", "getopt", "sched", "tomllib", "decimal"])
    if kind == "json":
        j = g.need("json")
        indent = g.pick(["None", "2"])
        calls = (f'{j}.dumps({{"t": round(loop.time(), 2), "n": {n}, "ok": None}}, '
                 f'indent={indent}, sort_keys=True), {j}.loads({j}.dumps([loop.time(), {n}, True]))')
        uses = {j, n, "loop"}
    elif kind == "encoder":
        j, enc = g.need("json"), g.need("SetEncoder")
        calls = f'{j}.dumps({{"seen": {{{n}, 3, 1}}, "t": loop.time()}}, cls={enc})'
        uses = {j, enc, n, "loop"}
    elif kind == "graph":
        gl = g.need("graphlib")
        calls = (f'list({gl}.TopologicalSorter({{"c": ["a", "b"], "b": ["a"], {n}: ["c"], '
                 f'"a": [int(loop.time() * 10)]}}).static_order())')
        uses = {gl, n, "loop"}
    elif kind == "reprlib":
        r = g.need("reprlib")
        calls = f'{r}.repr(list(range({n} + int(loop.time() * 10)))), {r}.repr("x" * (40 + {n}))'
        uses = {r, n, "loop"}
    elif kind == "fnmatch":
        f = g.need("fnmatch")
        calls = (f'{f}.filter([f"task{{i}}.py" for i in range({n} + 12)], "task1?.py"), '
                 f'{f}.translate("t*[!0-9]?")')
        uses = {f, n}
    elif kind == "weakref":
        w = g.need("weakref")
        calls = (f'len({w}.WeakSet(asyncio.all_tasks())), '
                 f'{w}.ref(asyncio.current_task())() is asyncio.current_task()')
        uses = {w}
    elif kind == "argparse":
        a = g.need("argparse")
        calls = (f'(lambda p: (p.add_argument("-n", type=int), p.add_argument("rest", nargs="*"), '
                 f'p.parse_args(["-n", str({n}), "x", str(loop.time())]))[-1])'
                 f'({a}.ArgumentParser(prog="gen"))')
        uses = {a, n, "loop"}
    elif kind == "difflib":
        d = g.need("difflib")
        old_lines = f'[f"task {{i}}\\n" for i in range({n} + 3)]'
        new_lines = f'[f"task {{i}}\\n" for i in range(1, {n} + 4) if i != 2]'
        calls = g.pick([
            f'list({d}.unified_diff({old_lines}, {new_lines}, "before", "after", n=1))',
            f'list({d}.ndiff(["t=%.1f" % loop.time(), "same"], ["t=%.2f" % loop.time(), "same"]))',
            f'round({d}.SequenceMatcher(None, "tasks%d" % {n}, "task %d!" % {n}).ratio(), 3), '
            f'{d}.get_close_matches("worker%d" % {n}, ["worker1", "workers", "walker", "main"])',
            f'{d}.SequenceMatcher(None, [{n}, 1, 2, 3], [1, 2, {n}, 3]).get_opcodes()',
        ])
        uses = {d, n, "loop"}
    elif kind == "shlex":
        sh = g.need("shlex")
        calls = (f'{sh}.split(f"run --tasks {{{n}}} \'at {{loop.time():.1f}}\' # note", comments=True), '
                 f'{sh}.quote(f"t {{{n}}}\'s"), {sh}.join(["echo", f"n={{{n}}}", "a b"])')
        uses = {sh, n, "loop"}
    elif kind == "html":
        h = g.need("html")
        calls = (f'{h}.escape(f"<b class=\'t\'>{{{n}}} & {{loop.time()}}</b>"), '
                 f'{h}.unescape(f"&lt;{{{n}}}&gt; &amp;amp; &#x41;&#66; &copy &notanentity;")')
        uses = {h, n, "loop"}
    elif kind == "calendar":
        c = g.need("calendar")
        year = f"2000 + {n} + int(loop.time())"
        calls = g.pick([
            f'{c}.monthrange({year}, 2), {c}.isleap({year}), {c}.weekday({year}, 3, 1)',
            f'{c}.month({year}, {n} % 12 + 1, w=3).splitlines()[:3]',
            f'list({c}.Calendar({n} % 7).itermonthdays2({year}, 2))[:9]',
            f'{c}.TextCalendar({c}.SUNDAY).formatweekheader(2), {c}.month_abbr[{n} % 12 + 1]',
        ])
        uses = {c, n, "loop"}
    elif kind == "ipaddress":
        ip = g.need("ipaddress")
        net = f'{ip}.ip_network(f"10.{{{n}}}.0.0/{{22 + {n} % 4}}")'
        calls = g.pick([
            f'{net}, {net}.num_addresses, list({net}.subnets(prefixlen_diff=1))',
            f'{ip}.ip_address("192.168.0.1") + {n}, {ip}.ip_address(f"10.0.0.{{{n}}}") in {net}',
            f'list({ip}.collapse_addresses([{ip}.ip_network(f"10.0.{{i}}.0/24") for i in range({n} + 2)]))',
            f'{ip}.ip_interface(f"2001:db8::{{{n}}}/64"), {ip}.ip_address("::ffff:1.2.3.4").ipv4_mapped',
        ])
        uses = {ip, n}
    elif kind == "configparser":
        cp = g.need("configparser")
        text = (f'f"[DEFAULT]\\nbase = /srv\\n[job]\\nworkers = {{{n}}}\\n'
                f'path = %(base)s/t{{loop.time():.1f}}\\n"')
        calls = (f'(lambda p: (p.read_string({text}), p.getint("job", "workers"), '
                 f'p["job"]["path"], p.sections(), dict(p["job"]))[1:])({cp}.ConfigParser())')
        uses = {cp, n, "loop"}
    elif kind == "tomllib":
        tl = g.need("tomllib")
        doc = (f'f"[job]\\nworkers = {{{n}}}\\nat = {{loop.time()}}\\n'
               f'tags = [\\"a\\", \\"b\\"]\\n[[step]]\\nname = \\"s{{{n}}}\\"\\n"')
        calls = g.pick([
            f'{tl}.loads({doc})',
            f'(lambda: {tl}.loads("x = [1,"))() if False else {tl}.loads(f"d = 2024-01-0{{{n} % 9 + 1}}")',
        ])
        uses = {tl, n, "loop"}
    elif kind == "decimal":
        dm = g.need("decimal")
        amount = f'{dm}.Decimal(str(round(loop.time(), 3))) + {dm}.Decimal(f"{{{n}}}.05")'
        calls = g.pick([
            f'({amount}).quantize({dm}.Decimal("0.1"), rounding={dm}.ROUND_HALF_UP), '
            f'{dm}.Decimal({n}) / 7, f"{{{dm}.Decimal(f\'{{{n}}}.5\') * 3:,.2f}}"',
            f'(lambda c: (setattr(c, "prec", {n} % 5 + 2), {dm}.Decimal(1) / 3, '
            f'{dm}.Decimal(2).sqrt())[1:])({dm}.getcontext())',
            f'{dm}.Decimal(0.1), {dm}.Decimal(f"1e{{{n}}}").normalize(), '
            f'sum([{dm}.Decimal("0.1")] * ({n} + 3)), {dm}.Decimal("-0") == 0',
            f'{dm}.Context(prec=3, rounding={dm}.ROUND_DOWN).divide({dm}.Decimal({n} + 1), 6), '
            f'{dm}.Decimal({n}).as_tuple(), {dm}.Decimal(f"{{{n}}}.50").to_integral_value()',
        ])
        uses = {dm, n, "loop"}
    elif kind == "getopt":
        go = g.need("getopt")
        calls = (f'{go}.getopt(["-n", str({n}), "--at", str(loop.time()), "rest"], "n:v", '
                 f'["at=", "verbose"]), {go}.gnu_getopt(["x", "-v", f"-n{{{n}}}"], "n:v")')
        uses = {go, n, "loop"}
    elif kind == "sched":
        sc = g.need("sched")
        calls = (f'(lambda s, log: ([s.enter(d, p, log.append, (f"e{{d}}",)) for d, p in '
                 f'[(0.2, 1), (0.1, 2), (0.1, 1)]], s.run(), log, round(loop.time(), 2))[2:])'
                 f'({sc}.scheduler(), [str({n})])')
        uses = {sc, n, "loop"}
    else:
        t = g.need("timeit")
        calls = f'{t}.timeit(lambda: {n} * 2, number=3), {t}.repeat(lambda: None, repeat=2, number=1)'
        uses = {t, n}
    out.append(Node(f"print({g.mark(scope)}, {calls})", uses=uses))
    return out


@production("main", "tracemalloc", weight=0.3)
def p_forgotten_coroutine(g, scope):
    """A coroutine created and dropped at once: the never-awaited warning, with where it was
    created once tracemalloc traces (2 frames at most: the harness's own frames come next),
    and "Coroutine created at" once the loop is in debug mode or origin tracking is on."""
    calls = _callable_workers(scope)
    if not calls:
        return None
    call, uses = g.pick(calls)
    tm = g.need("tracemalloc")
    out = []
    if g.chance(0.6):
        out.append(Node(f"{tm}.start({g.pick(['', '1', '2'])})", uses={tm}))
    if g.maybe("debug", 0.3):
        out.append(Node("asyncio.get_running_loop().set_debug(True)"))
    elif g.chance(0.3):
        sys_ = g.need("sys")
        depth = g.pick(["0", "1", "3", "12"])
        out.append(Node(f"{sys_}.set_coroutine_origin_tracking_depth({depth})", uses={sys_}))
    out.append(Node(call, uses=uses))
    out.append(Node(f"print({g.mark(scope)}, {tm}.is_tracing())", uses={tm}))
    return out


@production("any", "loop_internals", weight=0.5)
def p_loop_internals(g, scope):
    loop = "asyncio.get_running_loop()"
    what = g.pick([
        f"len({loop}._ready), len({loop}._scheduled)",
        f"[repr(h) for h in {loop}._ready]",
        f"sorted((round(h.when(), 3), h._callback.__name__) for h in {loop}._scheduled "
        "if not h.cancelled())",
        f"{loop}._timer_cancelled_count, [h._scheduled for h in {loop}._scheduled]",
    ])
    return [Node(f"print({g.mark(scope)}, {what})")]


@production("any", "object_dunders", weight=0.4)
def p_object_dunders(g, scope):
    # A coroutine made only to be looked at is closed at once: no "never awaited" warning.
    look = "(lambda c: ({what}, c.close())[0])(asyncio.sleep(0))"
    what = g.pick([
        look.format(what="[n for n in dir(c) if not n.startswith('_')]"),
        look.format(what="(c.__eq__(c), c.__ne__(c), c.__eq__(None), c.__repr__() == repr(c))"),
        "dir(x for x in ())",
        "None.__eq__(None), None.__ne__(0), None.__repr__(), repr(None.__doc__)",
        "(lambda l: (l.append == l.append, l.append == [].append, l.append.__eq__(l.extend), "
        "hash(l.append) == hash(l.append), {l.append: 1}.get(l.append)))([])",
        "len == len, len != print, len.__eq__(len), len.__ne__(3), print in {print, len}",
        "(lambda e: (e.set == e.set, e.set == e.clear, e.set in [e.clear, e.set]))(asyncio.Event())",
        "[type(reversed(x)).__name__ for x in ([1], range(2), {1: 2}, {1: 2}.values(), (1,), 'ab')]",
        "[list(type('K', b, ns).__dict__) for b, ns in (((), {'a': 1}), ((Exception,), {}), "
        "((), {'__slots__': ('b', 'a'), '__eq__': lambda s, o: True}), ((int,), {}))]",
        "(lambda K: (K.__dict__['__dict__'], K.__base__, sorted(set(dir(K)) - set(dir(object)))))"
        "(type('K', (), {'x': 0}))",
        "[k.__base__ for k in (object, bool, type('K', (), {}), type('L', (ValueError,), {}))]",
        "[n for n in dir(type('E', (ValueError,), {'x': 1})('m')) if not n.startswith('__')]",
        # dir() of built-in types and values; __call__ of every kind of callable.
        "[n for n in dir(asyncio.all_tasks()) if not n.startswith('_')], dir(str) == dir('')",
        "[(len(dir(v)), hasattr(v, '__call__')) for v in (0, 1.5, (), [], {}, None, len, range(2), "
        "b'', asyncio.sleep, asyncio.Event().set, int, lambda: 0)]",
        "(lambda S: (S('a,b').split(S(',')), S(',') in 'a,b', 'a-b'.partition(S('-')), "
        "'%s/%s' % __import__('collections').namedtuple('P', 'x y')(1, S('q'))))"
        "(type('S', (str,), {}))",
        # Which operand answers: a subclass overriding the reflected method goes first.
        "(lambda N: (lambda S: (N() + S(), S() + N(), N() < S(), N() - N(), divmod(N(), 2), "
        "divmod(3, N())))(type('S', (N,), {'__radd__': lambda s, o: 'S.radd', "
        "'__gt__': lambda s, o: 'S.gt'})))(type('N', (), {'__add__': lambda s, o: 'N.add', "
        "'__radd__': lambda s, o: 'N.radd', '__lt__': lambda s, o: 'N.lt', "
        "'__sub__': lambda s, o: 'N.sub', '__rsub__': lambda s, o: 'N.rsub', "
        "'__divmod__': lambda s, o: ('dm', o), '__rdivmod__': lambda s, o: ('rdm', o)}))",
        "(lambda K: (K().__getstate__(), [].__getstate__(), K.__class__, "
        "type('E', (Exception,), {'__new__': lambda c, *a: Exception.__new__(c, 'x')})(1, 2).args)"
        ")(type('K', (), {'__init__': lambda s: setattr(s, 'a', 1)}))",
    ])
    return [Node(f"print({g.mark(scope)}, {what})")]


@production("any", "files", weight=0.5)
def p_files(g, scope):
    """A file written, then appended to or read back, in one task step (no awaits inside)."""
    f, path = g.fresh("f"), f"'{g.fresh('data')}.txt'"
    line = f'f"{{asyncio.get_running_loop().time():.2f}} {{{g.pick(VALUES)}!r}}\\n"'
    mark = g.mark(scope)
    nodes = [
        Node(f"with open({path}, 'w') as {f}:",
             [Node(f"print({mark}, {f}.write({line}), {f}.tell(), {f}.closed)", uses={f})],
             defs={f}),
    ]
    follow = g.pick(["append", "lines", "binary", "remove", "pathlib", "walk"])
    if follow == "append":
        nodes.append(Node(f"with open({path}, 'a') as {f}:",
                          [Node(f"print({mark}, {f}.write('more\\n'), repr({f}))", uses={f})],
                          defs={f}))
        nodes.append(Node(f"with open({path}) as {f}:",
                          [Node(f"print({mark}, [line.rstrip() for line in {f}])", uses={f})],
                          defs={f}))
    elif follow == "lines":
        nodes.append(Node(f"with open({path}, 'r+') as {f}:",
                          [Node(f"print({mark}, {f}.readline(), {f}.read(), {f}.tell(), "
                                f"{f}.seek(0), {f}.readlines())", uses={f})],
                          defs={f}))
    elif follow == "binary":
        nodes.append(Node(f"with open({path}, 'rb') as {f}:",
                          [Node(f"print({mark}, {f}.read(3), {f}.read(), repr({f}))", uses={f})],
                          defs={f}))
    elif follow == "pathlib":
        pl, p = g.need("pathlib"), g.fresh("p")
        nodes.append(Node(f"{p} = {pl}.Path({path})", defs={p}, uses={pl}))
        nodes.append(Node(f"print({mark}, repr({p}), {p}.stem, {p}.suffix, {p}.exists(), "
                          f"{p}.stat().st_size, {p}.read_text().count('\\n'), "
                          f"{p}.with_suffix('.bak').name, {p}.parent, {p}.parts)", uses={p}))
        nodes.append(Node(f"print({mark}, {p}.rename({p}.with_suffix('.bak')).exists(), "
                          f"{p}.exists(), {p}.with_suffix('.bak').unlink())", uses={p}))
        nodes.append(Node(f"print({mark}, {p}.with_suffix('.bak').exists(), "
                          f"{p}.with_suffix('.bak').unlink(missing_ok=True))", uses={p}))
    elif follow == "walk":
        # A directory tree (unique per program) made with pathlib, listed by os.walk and
        # Path.glob, sorted (a real directory lists in its own order).
        os_, pl, root = g.need("os"), g.need("pathlib"), f"'{g.fresh('tree')}'"
        nodes.append(Node(f"({pl}.Path({root}) / 'sub').mkdir(parents=True, exist_ok=True)",
                          uses={pl}))
        nodes.append(Node(f"print({mark}, ({pl}.Path({root}) / 'sub' / 'x.txt')"
                          f".write_text({path}), {os_}.replace({path}, {pl}.Path({root}) / "
                          f"{path}), sorted(str(q) for q in {pl}.Path({root}).rglob('*.txt')))",
                          uses={pl, os_}))
        nodes.append(Node(f"print({mark}, sorted((r, sorted(d), sorted(fs)) for r, d, fs in "
                          f"{os_}.walk({root})), {os_}.path.relpath({root} + '/sub/x.txt', "
                          f"{root}))", uses={os_}))
    else:
        os_ = g.need("os")
        nodes.append(Node(f"print({mark}, {os_}.path.getsize({path}), {os_}.path.exists({path}), "
                          f"{os_}.remove({path}), {os_}.path.exists({path}))", uses={os_}))
        nodes.append(Node(f"print({mark}, {os_}.path.isfile({path}))", uses={os_}))
    return nodes


@production("main", "all_tasks", weight=0.7)
def p_all_tasks(g, scope):
    return [Node(f"print({g.mark(scope)}, len(asyncio.all_tasks()))")]


def _worker_call(g, scope):
    """A worker call this scope can make, as (call, uses), or None."""
    calls = _callable_workers(scope)
    return g.pick(calls) if calls else None


def _timeout_clause(g, scope):
    e = g.fresh("e")
    return Clause(
        f"except TimeoutError as {e}:",
        [Node(f"print({g.mark(scope)}, 'timeout', repr({e}))", uses={e})],
        defs={e},
    )


def _nested_block(g, scope, lo=1, hi=3):
    """Statements for the block of a compound statement, or None when nested too deep."""
    if scope.depth >= 2:
        return None
    scope.depth += 1
    body = g.statements(scope, g.rng.randint(lo, hi))
    scope.depth -= 1
    return body


@production("any", "taskgroup", weight=2)
def p_taskgroup(g, scope):
    """`async with asyncio.TaskGroup() as tg:` with tasks and statements; in main an
    `except*` (or the usual protection) reports the group it raises."""
    if scope.depth >= 2:
        return None
    tg = g.fresh("tg")
    body = []
    uses = set()
    for _ in range(g.rng.randint(1, 3)):
        call = _worker_call(g, scope)
        if call is None or g.chance(0.2):
            call = (f"asyncio.sleep({g.pick(DELAYS)}, result={g.pick(VALUES)})", set())
        # Unique names: the deadlock report lists pending tasks sorted by name, and CPython
        # breaks ties in the order of a set of tasks (by address).
        name = f", name='{g.fresh('tg-')}'" if g.chance(0.2) else ""
        body.append(Node(f"{tg}.create_task({call[0]}{name})", uses={tg} | call[1]))
    # Tasks are created before the block's first await: once the group is shutting down,
    # create_task raises and leaves the coroutine to the cycle collector, whose timing
    # (the "coroutine was never awaited" warning) varies from run to run in CPython.
    body += _nested_block(g, scope, 0, 2) or []
    node = Node(f"async with asyncio.TaskGroup() as {tg}:", body, defs={tg}, uses=uses)
    if g.maybe("except_star", 0.5):
        clauses = []
        for exc in g.rng.sample(["Boom", "Oops", "Exception", "asyncio.CancelledError"], g.rng.randint(1, 2)):
            u = {g.need(exc)} if exc in ("Boom", "Oops") else set()
            eg = g.fresh("eg")
            handler = [Node(f"print({g.mark(scope)}, 'except*', repr({eg}.exceptions))", uses={eg})]
            if g.chance(0.15):
                handler.append(Node("raise"))
            clauses.append(Clause(f"except* {exc} as {eg}:", handler, defs={eg}, uses=u))
        if g.chance(0.3):
            clauses.append(Clause("finally:", [Node(f"print({g.mark(scope)}, 'finally')")]))
        out = [Node("try:", [node], clauses)]
        if scope.kind == "main":
            return _protect(g, scope, out)
        return out
    return _maybe_protect(g, scope, [node])


@production("any", "timeout", weight=2)
def p_timeout(g, scope):
    body = _nested_block(g, scope)
    if body is None:
        return None
    cm = g.fresh("cm")
    node = Node(f"async with asyncio.timeout({g.pick(TIMEOUTS)}) as {cm}:", body, defs={cm})
    out = [node]
    if g.chance(0.3):
        out = [Node("try:", out, [Clause("finally:", [Node(f"print({g.mark(scope)}, {cm}.expired())", uses={cm})])])]
    return _maybe_protect(g, scope, out, [_timeout_clause(g, scope)] if g.chance(0.8) else [])


@production("any", "shield", weight=1.5)
def p_shield(g, scope):
    pool = []
    call = _worker_call(g, scope)
    if call:
        pool.append(call)
    if scope.kind == "main":
        pool += [(t, {t}) for t in scope.tasks]
    pool.append((f"asyncio.sleep({g.pick(DELAYS)}, result={g.pick(VALUES)})", set()))
    what, uses = g.pick(pool)
    inner = f"asyncio.shield({what})"
    if g.chance(0.4):
        inner = f"asyncio.wait_for({inner}, {g.pick(TIMEOUTS)})"
    body = [Node(f"print({g.mark(scope)}, await {inner})", uses=uses)]
    first = [_timeout_clause(g, scope)] if "wait_for" in inner else []
    return _maybe_protect(g, scope, body, first)


def _fresh_tasks(g, scope, settle=False):
    """`ts = [asyncio.create_task(...), ...]` of worker calls and sleeps (kept in `tasks`);
    with `settle`, each call returns the repr of its exception instead of raising it."""
    calls = []
    for _ in range(g.rng.randint(1, 3)):
        call = _worker_call(g, scope)
        if call is None or g.chance(0.3):
            call = (f"asyncio.sleep({g.pick(DELAYS)}, result={g.pick(VALUES)})", set())
        elif settle:
            call = (f"{g.need('settle')}({call[0]})", call[1] | {"settle"})
        calls.append(call)
    ts = g.fresh("ts")
    uses = set().union(*(u for _, u in calls))
    items = ", ".join(f"asyncio.create_task({c})" for c, _ in calls)
    return ts, [
        Node(f"{ts} = [{items}]", defs={ts}, uses=uses),
        Node(f"tasks.extend({ts})", uses={ts, "tasks"}),
    ]


@production("main", "wait", weight=2)
def p_wait(g, scope):
    if scope.tasks and g.chance(0.5):
        ts = g.fresh("ts")
        chosen = g.rng.sample(scope.tasks, min(len(scope.tasks), g.rng.randint(1, 3)))
        out = [Node(f"{ts} = [{', '.join(chosen)}]", defs={ts}, uses=set(chosen))]
    else:
        ts, out = _fresh_tasks(g, scope)
    when = g.pick(["FIRST_COMPLETED", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"])
    timeout = g.pick(TIMEOUTS)
    # The done and pending sets are not kept in variables: a set frees its tasks in address
    # order, which would decide the order of "Task exception was never retrieved" logs.
    out.append(
        Node(
            f"print({g.mark(scope)}, *[sorted(t.get_name() for t in s) for s in await "
            f"asyncio.wait({ts}, timeout={timeout}, return_when=asyncio.{when})])",
            uses={ts},
        )
    )
    return out


@production("main", "as_completed", weight=1.5)
def p_as_completed(g, scope):
    # The workers' exceptions stay inside `settle`: one re-raised by as_completed would tie
    # the tasks to frames through its traceback, and CPython would free them in the order
    # of its cycle collector.
    ts, out = _fresh_tasks(g, scope, settle=True)
    c = g.fresh("c")
    timeout = g.pick(TIMEOUTS)
    loop = Node(
        f"for {c} in asyncio.as_completed({ts}, timeout={timeout}):",
        [Node(f"print({g.mark(scope)}, await {c})", uses={c})],
        defs={c},
        uses={ts},
    )
    return out + _maybe_protect(g, scope, [loop], [_timeout_clause(g, scope)])


STREAM_LINES = ["[b'hi']", "[b'a', b'bc']", "[b'one', b'two', b'three']", "[]"]


@production("main", "echo_stream", weight=3)
def p_echo_stream(g, scope):
    echo, ask = g.need("echo"), g.need("ask")
    server, port = g.fresh("server"), g.fresh("port")
    body = [Node(f"{port} = {server}.sockets[0].getsockname()[1]", defs={port}, uses={server})]
    for _ in range(g.rng.randint(1, 3)):
        r = g.rng.random()
        if r < 0.4:
            call = f"{ask}({port}, {g.pick(STREAM_LINES)}, {g.pick(DELAYS)})"
            body.append(Node(f"print({g.mark(scope)}, await {call})", uses={port}))
        elif r < 0.7:
            calls = ", ".join(
                f"{ask}({port}, {g.pick(STREAM_LINES)}, {g.pick(DELAYS)})"
                for _ in range(g.rng.randint(2, 4))
            )
            body.append(Node(f"print({g.mark(scope)}, await asyncio.gather({calls}))", uses={port}))
        else:
            call = f"{ask}({port}, {g.pick(STREAM_LINES)}, {g.pick(DELAYS)})"
            wait = f"await asyncio.wait_for({call}, {g.pick(TIMEOUTS)})"
            body.extend(_protect(g, scope, [Node(f"print({g.mark(scope)}, {wait})", uses={port})],
                                 [_timeout_clause(g, scope)]))
    body.append(Node(f"print({g.mark(scope)}, {server}.is_serving())", uses={server}))
    return [
        Node(
            f'async with await asyncio.start_server({echo}, "127.0.0.1", 0) as {server}:',
            body,
            defs={server},
            uses={echo, ask},
        )
    ]


@production("any", "attr_hooks", weight=2)
def p_attr_hooks(g, scope):
    if g.chance(0.5):
        watched, w = g.need("Watched"), g.fresh("w")
        return [
            Node(f"{w} = {watched}({g.pick(['1', '2', '7'])})", defs={w}, uses={watched}),
            Node(
                f"print({g.mark(scope)}, {w}.n, {w}.twice, await {w}.bump({g.pick(DELAYS)}), "
                f"{w}.{g.pick(['nothing', 'other'])}, hasattr({w}, 'n'))",
                uses={w},
            ),
        ]
    # One attribute site (read_v) meets a class with a slot, one with a property and one with
    # neither; the last gains a property of the name halfway.
    read_v, k, cls, obj = g.need("read_v"), g.fresh("k"), g.fresh("cls"), g.fresh("obj")
    shapes = (
        '[("Slot", {"__slots__": ("v",)}), ("Prop", {"v": property(lambda self: "prop")}), '
        '("Plain", {})]'
    )
    return [
        Node(
            f"for {k}, ({cls}, ns) in enumerate({shapes} * 2):",
            [
                Node(f"{cls} = type({cls}, (), ns)", uses={cls}),
                Node(f"{obj} = {cls}()", defs={obj}, uses={cls}),
                Node(f'if "v" not in ns:', [Node(f"{obj}.v = {k}", uses={obj, k})]),
                Node(
                    f"if {k} == 5:",
                    [Node(f'{cls}.v = property(lambda self: "late")', uses={cls})],
                ),
                Node(f"print({g.mark(scope)}, {cls}.__name__, {read_v}({obj}))", uses={obj, read_v, cls}),
            ],
            defs={k, cls},
        )
    ]


@production("any", "instance_layouts", weight=2)
def p_instance_layouts(g, scope):
    # Instances of one class setting their attributes fully, in part, late, in another order,
    # deleting one and setting it again, across an await: each sees only its own, in the order
    # it set them, and the class's attribute for the rest.
    shape, s = g.need("Shape"), g.fresh("s")
    args = g.pick(["1", "1, 2", "1, kind='k'", "1, 2, 'k'", "1, None, 'k'"])
    later = g.pick([f"{s}.b = 5", f"{s}.kind = 'late'", f"del {s}.a", f"{s}.z = {s}.kind", f"vars({s}).update(q=1)"])
    then = g.pick([f"{s}.a = 9", f"{s}.__dict__['a'] = 8", "pass"])
    return [
        Node(f"{s} = {shape}({args})", defs={s}, uses={shape}),
        Node(f"await asyncio.sleep({g.pick(DELAYS)})"),
        Node(later, uses={s}),
        Node(then, uses={s}),
        Node(
            f"print({g.mark(scope)}, vars({s}), {s}.kind, getattr({s}, 'b', 'no b'), hasattr({s}, 'a'))",
            uses={s},
        ),
    ]


@production("any", "calls", weight=2)
def p_calls(g, scope):
    # Plain positional calls with and without defaults (the engine makes their frames on a
    # short path), the calls that are not plain (keywords, wrong counts), and when a temporary
    # function's default dies.
    n = g.pick(["1", "2", "7", "-3"])
    r = g.rng.random()
    if r < 0.25:
        scale = g.need("scale")
        return [Node(f"print({g.mark(scope)}, {scale}({n}), {scale}({n}, 3), {scale}({n}, 3, 1), {scale}({n}, offset=5))", uses={scale})]
    if r < 0.45:
        adder = g.need("adder")
        return [Node(f"print({g.mark(scope)}, {adder}({n})(2), {adder}({n})(2, {n}))", uses={adder})]
    if r < 0.65:
        meter, m = g.need("Meter"), g.fresh("m")
        return [
            Node(f"{m} = {meter}({g.pick(['', n])})", defs={m}, uses={meter}),
            Node(f"print({g.mark(scope)}, {m}.add(), {m}.add({n}), {meter}.add({m}, 2), {m}.diff({n}), {meter}.diff({n}, 1))", uses={m, meter}),
        ]
    if r < 0.85:
        scale = g.need("scale")
        bad = g.pick([f"{scale}()", f"{scale}({n}, 1, 2, 3)", f"{scale}({n}, x=1)", f"{scale}(by=2)"])
        return [
            Node(
                "try:",
                [Node(bad, uses={scale})],
                [Clause("except TypeError as e:", [Node(f"print({g.mark(scope)}, 'TypeError:', e)")])],
            )
        ]
    dying = g.need("Dying")
    return [
        Node(f"print({g.mark(scope)}, (lambda d={dying}({g.mark(scope)}): d.tag)())", uses={dying}),
    ]


@production("main", "blocking_socket", weight=2)
def p_blocking_socket(g, scope):
    # Replies read with recv, or line by line from a text-mode makefile.
    asker = "blocking_ask_text" if g.chance(0.35) else "blocking_ask"
    echo, blocking_ask = g.need("echo"), g.need(asker)
    server, port = g.fresh("server"), g.fresh("port")
    calls = [
        f"asyncio.to_thread({blocking_ask}, {port}, {g.pick(STREAM_LINES)}, "
        f"{g.pick(['None', '0.5', '0.005'])})"
        for _ in range(g.rng.randint(1, 3))
    ]
    uses = {port}
    if g.chance(0.4):
        ask = g.need("ask")
        calls.insert(g.rng.randint(0, len(calls)), f"{ask}({port}, {g.pick(STREAM_LINES)}, {g.pick(DELAYS)})")
        uses.add(ask)
    body = [
        Node(f"{port} = {server}.sockets[0].getsockname()[1]", defs={port}, uses={server}),
        Node(f"print({g.mark(scope)}, await asyncio.gather({', '.join(calls)}))", uses=uses),
    ]
    return [
        Node(
            f'async with await asyncio.start_server({echo}, "127.0.0.1", 0) as {server}:',
            body,
            defs={server},
            uses={echo, blocking_ask},
        )
    ]


@production("any", "queue", weight=3)
def p_queue(g, scope):
    q = g.need("queue")
    v = g.pick(VALUES)
    r = g.rng.random()
    if r < 0.25:
        if scope.kind == "worker":
            return [Node(f"await {q}.put({v})", uses={q})]
        return _maybe_protect(
            g, scope, [Node(f"await asyncio.wait_for({q}.put({v}), {g.pick(TIMEOUTS)})", uses={q})],
            [_timeout_clause(g, scope)],
        )
    if r < 0.4:
        return [
            Node(
                "try:",
                [Node(f"{q}.put_nowait({v})", uses={q})],
                [Clause("except asyncio.QueueFull:", [Node(f"print({g.mark(scope)}, 'full')")])],
            )
        ]
    if r < 0.65:
        if scope.kind == "worker":
            return [Node(f"print({g.mark(scope)}, await {q}.get())", uses={q})]
        return _maybe_protect(
            g, scope,
            [Node(f"print({g.mark(scope)}, await asyncio.wait_for({q}.get(), {g.pick(TIMEOUTS)}))", uses={q})],
            [_timeout_clause(g, scope)],
        )
    if r < 0.75:
        return [
            Node(
                "try:",
                [Node(f"print({g.mark(scope)}, {q}.get_nowait())", uses={q})],
                [Clause("except asyncio.QueueEmpty:", [Node(f"print({g.mark(scope)}, 'empty')")])],
            )
        ]
    if r < 0.85:
        return [Node(f"print({g.mark(scope)}, {q}.qsize(), {q}.empty(), {q}.full())", uses={q})]
    if r < 0.93:
        e = g.fresh("e")
        return [
            Node(
                "try:",
                [Node(f"{q}.task_done()", uses={q})],
                [Clause(f"except ValueError as {e}:", [Node(f"print({g.mark(scope)}, repr({e}))", uses={e})], defs={e})],
            )
        ]
    if scope.kind == "worker":
        return [Node(f"print({g.mark(scope)}, await {q}.join())", uses={q})]
    return _maybe_protect(
        g, scope,
        [Node(f"print({g.mark(scope)}, await asyncio.wait_for({q}.join(), {g.pick(TIMEOUTS)}))", uses={q})],
        [_timeout_clause(g, scope)],
    )


def _guarded_block(g, scope, name):
    body = _nested_block(g, scope)
    if body is None:
        return None
    body.insert(0, Node(f"print({g.mark(scope)}, {name}.locked())", uses={name}))
    return [Node(f"async with {name}:", body, uses={name})]


@production("any", "lock", weight=2)
def p_lock(g, scope):
    lock = g.need("lock")
    if g.chance(0.25):
        return [Node(f"print({g.mark(scope)}, {lock}.locked())", uses={lock})]
    return _guarded_block(g, scope, lock)


@production("any", "semaphore", weight=1.5)
def p_semaphore(g, scope):
    sem = g.need("sem")
    if g.chance(0.25):
        return [Node(f"print({g.mark(scope)}, {sem}.locked())", uses={sem})]
    return _guarded_block(g, scope, sem)


@production("any", "event", weight=2)
def p_event(g, scope):
    ev = g.need("event")
    r = g.rng.random()
    if r < 0.3:
        return [Node(f"{ev}.set()", uses={ev})]
    if r < 0.4:
        return [Node(f"{ev}.clear()", uses={ev})]
    if r < 0.55:
        return [Node(f"print({g.mark(scope)}, {ev}.is_set())", uses={ev})]
    if scope.kind == "worker":
        return [Node(f"print({g.mark(scope)}, await {ev}.wait())", uses={ev})]
    if g.chance(0.3):
        return [Node(f"loop.call_later({g.pick(DELAYS)}, {ev}.set)", uses={ev, "loop"})]
    return _maybe_protect(
        g, scope,
        [Node(f"print({g.mark(scope)}, await asyncio.wait_for({ev}.wait(), {g.pick(TIMEOUTS)}))", uses={ev})],
        [_timeout_clause(g, scope)],
    )


@production("any", "to_thread_drain", weight=0.5)
def p_to_thread_drain(g, scope):
    # A worker thread blocked in `for item in iter(q.get, None)` while the coroutine feeds it.
    d, q, t = g.need("drain_queue"), g.fresh("q"), g.fresh("t")
    out = [
        Node(f"{q} = __import__('queue').Queue()", defs={q}),
        Node(f"{t} = asyncio.ensure_future(asyncio.to_thread({d}, {q}))", defs={t}, uses={d, q}),
    ]
    for value in [g.pick(VALUES) for _ in range(g.pick([1, 2, 3]))]:
        out.append(Node(f"await asyncio.sleep({g.pick(DELAYS)})"))
        out.append(Node(f"{q}.put({value})", uses={q}))
    out.append(Node(f"{q}.put(None)", uses={q}))
    out.append(Node(f"print({g.mark(scope)}, await {t})", uses={t}))
    return out


@production("any", "to_thread_deadline", weight=0.4)
def p_to_thread_deadline(g, scope):
    d = g.need("deadline")
    # A positive deadline: at 0 the first wait is wait(0.0), which never blocks, so virtual
    # time never passes it (on CPython real time does).
    call = f"asyncio.to_thread({d}, {g.pick([x for x in DELAYS if x != '0'])})"
    return [Node(f"print({g.mark(scope)}, await {call})", uses={d})]


_KEYWORD_CALLS = [
    "pow(base={v}, exp=2)",
    "pow({v}, exp=3, mod=5)",
    "pow({v}, base=2)",
    "round(number={v} / 3, ndigits=2)",
    "round(ndigits=1)",
    "list(enumerate(iterable=[{v}, {v}], start={v}))",
    "__import__('math').isclose(a={v}, b={v} + 0.01, rel_tol=0.1)",
    "__import__('heapq').nlargest(n=2, iterable=[{v}, 3, {v} * 2])",
    "__import__('json').dumps(obj=[{v}], sort_keys=True)",
    "dict.fromkeys('ab', value={v})",
]


def _printed_call(g, scope, call):
    """`print(call)`, or the TypeError or ValueError it raises."""
    return [
        Node(
            "try:",
            [Node(f"print({g.mark(scope)}, {call})")],
            clauses=[
                Node(
                    "except (TypeError, ValueError) as e:",
                    [Node(f"print({g.mark(scope)}, type(e).__name__, e)")],
                )
            ],
        )
    ]


@production("any", "builtin_keywords", weight=0.5)
def p_builtin_keywords(g, scope):
    call = g.pick(_KEYWORD_CALLS).format(v=g.pick(["1", "2", "7", "-3", "2.5"]))
    return _printed_call(g, scope, call)


_EDGE_CALLS = [
    "range({v} * 3)[::2]",
    "range(10)[{v}::-2]",
    "range(0, 20, 3)[1:{v}]",
    "b' a b {v} '.split(None, 1)",
    "b' a b {v} '.rsplit(maxsplit=1)",
    "(b'abc'.find(b'', {v} + 3), b'abc'.count(b'', {v} + 3))",
    "bool({{}}.keys()), bool({{{v}: 1}}.items())",
    "min([{v}], key=abs, default=0, extra=1)",
    "sorted([{v}, 1], key=None, reverse=True, extra=1)",
    "__import__('math').hypot(1e308, {v} * 1e307)",
    "type(list.__iadd__(type('L', (list,), {{}})([{v}]), [1])).__name__",
    # Dict deletion keeps order, a re-inserted key goes last; reversed() is live.
    "(lambda d: (d.pop({v} % 4), d.__delitem__(({v} + 1) % 4), d.__setitem__({v} % 4, 'back'), "
    "list(d), d.popitem(), list(reversed(d.items()))))(dict.fromkeys(range(5), 0))",
    "(lambda a: (lambda it: (a.__setitem__(0, 'X'), a.pop(), list(it)))(reversed(a)))"
    "(list(range({v} % 4 + 2)))",
    "list(reversed(range({v}, 20, 3))), list(reversed(range(20, {v}, -4)))",
    "set.discard(frozenset({{{v}}}), {v})",
    "(lambda d: (lambda it: (next(it), d.__delitem__(2), d.__setitem__({v} + 10, 0), "
    "list(it)))(iter(d)))({{i: i for i in range(4)}})",
    # binascii is native: its Argument Clinic errors and CPython's decoders' quirks.
    "__import__('binascii').hexlify(bytes(range({v} % 7)), '-', {v})",
    "__import__('binascii').a2b_base64(__import__('binascii').b2a_base64(b'x' * ({v} % 5)) + b'==')",
    "__import__('binascii').crc32(b'loop', {v}), __import__('binascii').crc_hqx(b'loop', {v})",
    "__import__('binascii').b2a_uu(bytes({v} % 4), backtick={v} > 1)",
    "__import__('binascii').a2b_uu(__import__('binascii').b2a_uu(b'scope'[:{v} % 6]))",
    "__import__('binascii').a2b_base64('YQ=' * ({v} % 3 + 1), strict_mode=True)",
    "__import__('binascii').b2a_base64(b'{v}', {v})",
    # complex numbers: CPython's division, power and reprs with signed zeros.
    "(1 + {v}j) / (2 - 3j), (1 - 1j) ** {v}, ({v} - 2j) ** 0.5, -({v}j)",
    "(-{v}) ** (1 / 3), abs(complex({v}, 4)), hash(complex({v}, 0)) == hash({v})",
    "complex('{v}+1j'), format(complex({v}, -0.5), '.2f'), f'{{complex({v}, 2):>12}}'",
    "{{{v}: 'a'}}.get(complex({v}, 0)), {v}j == {v}, complex({v}, 0) == {v}",
    # Set displays of words: the folded frozenset rebuilt for interned strings.
    "{{'date', 'name', 'fig', 'data{v}', 'elder'}}, {{'red', 'green', 'blue', 'x{v}'}} - {{'red'}}",
    # math's special functions: gamma/lgamma to the last bit, erf rounded.
    "__import__('math').gamma({v} + 0.5), __import__('math').lgamma(abs({v}) * 7.3), "
    "round(__import__('math').erf({v} / 3), 12)",
    "__import__('statistics').NormalDist({v}, 2).inv_cdf(0.{v} if {v} > 0 else 0.3)",
    "(lambda n: (n + type(n)({v}), n * {v}, n - 2, n.quantiles(5)))(__import__('statistics').NormalDist(1, {v} % 4 + 1))",
    # type() with a base of another metaclass runs that metaclass.
    "type(type('T{v}', (__import__('abc').ABC,), {{'k': {v}}})).__name__",
    # pickle: __reduce__ asked at dumps, the callable called at loads.
    "(lambda p: [d.day for d in p.loads(p.dumps([__import__('datetime').date(2024, 1, i + 1) "
    "for i in range({v} % 9 + 3)]))])(__import__('pickle'))",
    "(lambda p: type(p.loads(p.dumps(KeyError({v}, 'k')))).__name__)(__import__('pickle'))",
    # PyNumber_Index: a bool or an int subclass's member is its plain int.
    "list(enumerate('ab', {v} > 1)), __import__('operator').index({v} < 0), "
    "__import__('collections').deque(range(5), maxlen=type('I', (int,), {{}})(abs({v}))).maxlen",
    # Argument Clinic's errors name None as None.
    "(lambda f: f(None) if {v} > 1 else f([{v}]))(__import__('heapq').heappop)",
    "__import__('collections').ChainMap[str, {v}].__args__, enumerate[int]",
    # typing: nested unions flatten; a class's __annotations__ is made on first read.
    "__import__('typing').Optional[int | str] if {v} > 1 else __import__('typing').Union[bytes | None, type({v})]",
    "type('K{v}', (), {{}}).__annotations__, __import__('typing').Annotated[__import__('typing').Annotated[int, {v}], 0]",
    # typing: a variable inside list[T] belongs to the alias around it.
    "(lambda t: t.Optional[list[t.TypeVar('T')]][int])(__import__('typing')), {v}",
    # Standard input is empty (`< /dev/null`).
    "__import__('sys').stdin.readline({v}), __import__('sys').stdin.read().split(), list(__import__('sys').stdin)",
    # Docstrings of built-ins; inspect's docstring and member helpers; dir() of an enum.
    "len.__doc__, ({v}).__doc__ == int.__doc__, KeyError({v}).__doc__",
    "__import__('inspect').cleandoc('  a\\n    b{v}\\n  c'), __import__('inspect').getdoc(type('D', (), {{'__doc__': ' x\\n   y{v}'}}))",
    "[n for n, _ in __import__('inspect').getmembers(type('M', (), {{'f{v}': lambda s: 0, 'x': {v}}}), __import__('inspect').isfunction)]",
    "dir(__import__('enum').Enum('E{v}', 'A B')), [n for n in dir(__import__('enum').IntEnum('I', 'A').A) if n[0] != '_']",
    # pow's arguments by name; random.uniform in Python arithmetic; float overflow args.
    "pow(base={v}, exp=2), pow({v}, exp=3, mod=7)",
    "(lambda r: (r.seed({v}), r.uniform(__import__('fractions').Fraction(1, 2), {v}), r.triangular({v}, {v}, 1)))(__import__('random'))",
    "(lambda: 2.0 ** ({v} * 1000))() if {v} < 0 else __import__('math').pow(2.0, {v})",
    # itertools constructors' argument checks; groupby of a key equal only to itself.
    "list(__import__('itertools').repeat({v}, 2, 3))",
    "list(__import__('itertools').combinations('abc', n={v}))",
    "[(k, len(list(g))) for k, g in __import__('itertools').groupby([float('nan')] * 2 + [{v}, {v}])]",
    # bytes % words its errors for bytes; struct sequences are tuples; mapping patterns.
    "b'%d' % ({v}, {v})",
    "isinstance(__import__('sys').version_info, tuple), __import__('sys').version_info[:1] + ({v},)",
    "(lambda d: [k for k in d if not (d.__delitem__(k), d.__setitem__(k + {v}, 0))])({{0: 0}})",
    "__import__('datetime').date(2024, {v} % 12 + 1, '1')",
    # A special method an instruction calls has that instruction's frame as its caller.
    "(lambda P: ([0, 1, 2, 3, 4, 5][P():], len({{P(): {v}}}), [*P()], P().nope))(type('P', (), {{"
    "'__index__': lambda s: __import__('sys')._getframe(1).f_code.co_name == '<lambda>' and {v}, "
    "'__hash__': lambda s: len(__import__('sys')._getframe(1).f_code.co_name), "
    "'__iter__': lambda s: iter([__import__('sys')._getframe(1).f_code.co_name]), "
    "'__getattr__': lambda s, n: (n, __import__('sys')._getframe(1).f_code.co_name)}}))",
    "(lambda re: (re.compile(r'(\\d+)-(\\w)').match('{v}-x').groups(), "
    "list(re.compile('a').finditer('aa')).__len__()))(__import__('re'))",
    # re's objects as C's: a Match is not iterable; counts are indexes.
    "list(__import__('re').match('(a)', 'a{v}'))",
    "__import__('re').split('a', 'bab', '{v}')",
    "__import__('re').compile('x{v}').groupindex, type(__import__('re').compile('(?P<n>{v})').groupindex).__name__",
    # os.terminal_size is a tuple; argparse's count starts from its default.
    "__import__('os').terminal_size(({v}, 2)), __import__('os').terminal_size(({v}, 2)).lines",
    # dir() of a program's subclass of a built-in; ABCs registered for built-ins.
    "[n for n in dir(__import__('collections').namedtuple('N', 'a b')({v}, 2)) if not n.startswith('__')]",
    "dir(type('L{v}', (list,), {{'push': lambda s: 0}})())",
    "isinstance({{{v}: 1}}.items(), __import__('collections.abc').abc.Reversible), "
    "isinstance(__import__('types').MappingProxyType({{}}), __import__('collections.abc').abc.Mapping)",
    # random's counts are indexes; a dict view's mapping.
    "(lambda r: (r.seed({v}), r.choices('abc', k={v} / 2)))(__import__('random'))",
    "{{{v}: 'x'}}.keys().mapping, dict(a={v}).items().mapping['a']",
    # list()/tuple()/sorted() ask __len__ after __iter__; slot wrappers check their receiver.
    "(lambda B: (list(B()), tuple(B()), sorted(B()), [*B()]))"
    "(type('B', (), {{'__iter__': lambda s: iter([{v}, 1]), '__len__': lambda s: print('len') or 2}}))",
    "int.__add__({v}, True), bool.__eq__(True, {v}), True.__eq__({v}), b'x'.__eq__(b'x' * {v})",
    "Exception.__init__(type('NotExc', (), {{}})(), {v})",
    # Folded constants are one object; the empty string is a singleton.
    "('a' * {v}) == 'a' * {v}, str() is ''[:{v}], {v} ** 2 == {v} * {v}",
    # operator's functions are built-ins (no binding on a class); nested issubclass tuples.
    "type('C', (), {{'add': __import__('operator').add}})().add({v}, 2), __import__('operator').neg({v})",
    "issubclass(bool, ((str,), (int, float))), isinstance({v}, ((str,), (float, (int,))))",
    # tuple subclasses name the unhashable item; __str__ of a namedtuple is its repr.
    "hash(__import__('collections').namedtuple('P', 'a b')({v}, [2]))",
    "str(type('Q', (__import__('collections').namedtuple('P', 'a b'),), {{'__str__': lambda s: 'Q' + super(type(s), s).__str__()}})({v}, 2))",
]


@production("any", "builtin_edges", weight=0.5)
def p_builtin_edges(g, scope):
    call = g.pick(_EDGE_CALLS).format(v=g.pick(["1", "2", "5", "-3"]))
    return _printed_call(g, scope, call)


@production("any", "executor_recv", weight=0.4)
def p_executor_recv(g, scope):
    a, b, f = g.fresh("a"), g.fresh("b"), g.fresh("f")
    loop = "asyncio.get_running_loop()"
    out = [
        Node(f"{a}, {b} = __import__('socket').socketpair()", defs={a, b}),
        Node(f"{f} = {loop}.run_in_executor(None, {a}.recv, 100)", defs={f}, uses={a}),
        Node(f"await asyncio.sleep({g.pick([x for x in DELAYS if x != '0'])})"),
        Node(f"{b}.send(b'{g.pick(['x', 'yz', 'hello'])}')", uses={b}),
        Node(f"print({g.mark(scope)}, await {f})", uses={f}),
        Node(f"{a}.close()", uses={a}),
        Node(f"{b}.close()", uses={b}),
    ]
    return out


@production("any", "getframe", weight=0.5)
def p_getframe(g, scope):
    w = g.need("where")
    return [Node(f"print({g.mark(scope)}, {w}())", uses={w})]


@production("any", "to_thread", weight=2)
def p_to_thread(g, scope):
    b = g.need("blocking")
    fails = "True" if g.chance(0.2) else "False"
    call = f"asyncio.to_thread({b}, {g.pick(DELAYS)}, {g.pick(VALUES)}, {fails})"
    if g.chance(0.3):
        return _maybe_protect(
            g, scope,
            [Node(f"print({g.mark(scope)}, await asyncio.wait_for({call}, {g.pick(TIMEOUTS)}))", uses={b})],
            [_timeout_clause(g, scope)],
        )
    return _maybe_protect(g, scope, [Node(f"print({g.mark(scope)}, await {call})", uses={b})])


@production("any", "contextvar", weight=2)
def p_contextvar(g, scope):
    cv = g.need("cv")
    r = g.rng.random()
    if r < 0.3:
        return [Node(f"{cv}.set({g.pick(VALUES)})", uses={cv})]
    if r < 0.5:
        return [Node(f"print({g.mark(scope)}, {cv}.get())", uses={cv})]
    if r < 0.6:
        tok = g.fresh("tok")
        return [
            Node(f"{tok} = {cv}.set({g.pick(VALUES)})", defs={tok}, uses={cv}),
            Node(f"print({g.mark(scope)}, {cv}.get(), {tok}.old_value)", uses={cv, tok}),
            Node(f"{cv}.reset({tok})", uses={cv, tok}),
        ]
    if r < 0.7:
        ctx = "contextvars.copy_context()"
        return [Node(f"print({g.mark(scope)}, {ctx}.run({cv}.set, {g.pick(VALUES)}).old_value, {cv}.get())", uses={cv})]
    if r < 0.85:
        show = g.need("show_cv")
        if scope.kind == "main":
            return [Node(f"loop.call_soon({show}, {g.mark(scope)})", uses={show, "loop"})]
        return [Node(f"asyncio.get_running_loop().call_soon({show}, {g.mark(scope)})", uses={show})]
    return _maybe_protect(g, scope, [Node(f"print({g.mark(scope)}, await asyncio.to_thread({cv}.get))", uses={cv})])


# --------------------------------------------------------------------------------------------
# Whole programs
# --------------------------------------------------------------------------------------------


def _drain(cancel, retrieve):
    """`async def drain(tasks)`: cancels the tasks still pending (in name order) and waits
    for them, and/or retrieves every exception in `tasks`. Empty when neither is asked for."""
    body = []
    if cancel:
        body += [
            Node("me = asyncio.current_task()"),
            Node("rest = sorted([t for t in asyncio.all_tasks() if t is not me], key=lambda t: t.get_name())"),
            Node("for t in rest:", [Node("t.cancel()")]),
            Node("await asyncio.gather(*rest, return_exceptions=True)"),
        ]
    if retrieve:
        # One more loop cycle: a gather completes in a callback after its last child.
        body.append(Node("await asyncio.sleep(0)"))
        body.append(
            Node(
                "for t in tasks:",
                [Node("if t.done() and not t.cancelled():", [Node("t.exception()")])],
            )
        )
    if not body:
        return []
    node = Node("async def drain(tasks):", body, defs={"drain"}, fixed=True)
    for n in walk([node]):
        n.fixed = True
    what = ["cancels what is left, in name order"] if cancel else []
    what += ["retrieves every exception"] if retrieve else []
    comment = Node(f"# At the end of main: {' and '.join(what)}.", fixed=True)
    return [comment, node]


def without_drain(nodes):
    """A copy without the drain: no drain function, main's body out of its try/finally, no
    `tasks` list (asyncio.run cancels what is left, in creation order under the harness)."""

    def strip(body):
        out = []
        for n in body:
            if n.head == "async def drain(tasks):" or n.head.startswith("# At the end of main"):
                continue
            if "tasks" in n.uses:
                continue
            if n.head == "tasks = []":
                continue
            if n.head == "try:" and n.fixed and [c.head for c in n.clauses] == ["finally:"]:
                out.extend(strip(n.body))
                continue
            if n.body is not None:
                n.body = strip(n.body)
                for c in n.clauses:
                    c.body = strip(c.body)
            out.append(n)
        return out

    return strip(copy_tree(nodes))


class Program:
    def __init__(self, seed, index, profile, nodes):
        self.seed = seed
        self.index = index
        self.profile = profile
        self.nodes = nodes

    def source(self):
        return render(self.nodes)


def generate(seed, index, profile="full", weights=None):
    """Program number `index` of the run with `seed` (same arguments, same program)."""
    rng = random.Random(f"loopscope-difftest:{seed}:{index}:{profile}")
    weights = dict(PROFILES[profile] if weights is None else weights)
    g = Gen(rng, weights)

    worker_nodes = []
    for k in range(rng.randint(1, 4)):
        name = f"w{k + 1}"
        takes_future = g.maybe("future", 0.35)
        w = Worker(name, takes_future)
        scope = Scope("worker", name, takes_future, callees=g.workers)
        body = [Node(f'print("{name} start")')] if g.chance(0.6) else []
        body += g.statements(scope, rng.randint(1, 5))
        if g.chance(0.4):
            body.append(Node(f"return {g.pick(VALUES)}"))
        params = "fut" if takes_future else ""
        node = Node(f"async def {name}({params}):", body, defs={name})
        node.blank_before = True
        worker_nodes.append(node)
        g.workers.append(w)

    scope = Scope("main", "main", callees=g.workers)
    main_body = g.statements(scope, rng.randint(3, 12))
    drain = _drain(cancel=not g.maybe("run_shutdown", 0.5), retrieve=not g.on("unretrieved"))
    if drain:
        main_body = [
            Node(
                "try:",
                main_body,
                [Clause("finally:", [Node("await drain(tasks)", fixed=True)])],
                fixed=True,
            )
        ]
    main = Node(
        "async def main():",
        [
            Node("loop = asyncio.get_running_loop()", defs={"loop"}),
            Node("tasks = []", defs={"tasks"}, fixed=bool(drain)),
        ]
        + main_body,
        defs={"main"},
        fixed=True,
    )
    main.blank_before = True

    nodes = [Node("import asyncio", fixed=True), Node("import time", defs={"time"})]
    for name in SUPPORT_ORDER:
        if name in g.support:
            n = g.support[name]
            n.blank_before = True
            nodes.append(n)
    nodes += worker_nodes
    if drain:
        drain[0].blank_before = True
    nodes += drain
    nodes.append(main)
    run = Node("asyncio.run(main())", fixed=True)
    run.blank_before = True
    nodes.append(run)
    return Program(seed, index, profile, nodes)


if __name__ == "__main__":  # python3 gen.py [SEED [INDEX [PROFILE]]]: print one program
    import sys

    a = sys.argv[1:]
    p = generate(int(a[0]) if a else 0, int(a[1]) if len(a) > 1 else 0, a[2] if len(a) > 2 else "full")
    sys.stdout.write(p.source())
