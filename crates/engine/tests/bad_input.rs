//! Bad input never panics the engine and never runs away: syntax errors and unsupported
//! constructs are reported with their line, runaway programs stop at a budget with a clear
//! message and keep their partial trace, and the errors CPython raises (RecursionError,
//! MemoryError) are raised the way CPython raises them.

use loopscope_engine::config::{RunConfig, TraceDetail};
use loopscope_engine::{run_program, RunOutcome, Stop};

fn run(source: &str) -> RunOutcome {
    run_with(source, RunConfig::default())
}

fn run_with(source: &str, config: RunConfig) -> RunOutcome {
    let outcome = run_program(source, config);
    // Whatever happened, the trace reads back to the end.
    for event in outcome.trace.events() {
        assert!(event.is_ok(), "the trace decodes");
    }
    outcome
}

fn last_line(text: &str) -> &str {
    text.lines().last().unwrap_or("")
}

#[test]
fn syntax_errors_name_the_line_and_exit_1() {
    let cases = [
        ("x = 1\nif x\n    print(x)\n", "line 2", "SyntaxError: expected ':'"),
        ("print('a'\nprint('b')\n", "line 1", "SyntaxError: '(' was never closed"),
        ("x = 1\n  y = 2\n", "line 2", "IndentationError: unexpected indent"),
        ("s = 'open\n", "line 1", "SyntaxError: unterminated string literal (detected at line 1)"),
        (
            "for i in range(3):\nprint(i)\n",
            "line 2",
            "IndentationError: expected an indented block",
        ),
        ("def f(:\n    pass\n", "line 1", "SyntaxError:"),
        ("x = = 2\n", "line 1", "SyntaxError:"),
        ("return 5\n", "line 1", "SyntaxError: 'return' outside function"),
        ("def f():\n    await g()\n", "line 2", "SyntaxError: 'await' outside async function"),
        ("\u{0}\u{1}\u{2}", "line 1", "SyntaxError: source code cannot contain null bytes"),
        (
            "print(1)\nx = 2 # \u{0}\n",
            "line 2",
            "SyntaxError: source code cannot contain null bytes",
        ),
    ];
    for (source, line, message) in cases {
        let outcome = run(source);
        assert_eq!(outcome.exit_status(), 1, "{source:?}");
        assert!(outcome.stderr.contains(line), "{source:?}: {}", outcome.stderr);
        assert!(last_line(&outcome.stderr).starts_with(message), "{source:?}: {}", outcome.stderr);
        assert!(outcome.stdout.is_empty());
    }
}

#[test]
fn unsupported_constructs_name_the_construct_and_line_and_exit_2() {
    let cases = [
        ("x = 1\nimport sqlite3\n", 2, "importing 'sqlite3'"),
        ("print(1)\nexec(\"x = 1\")\n", 2, "exec() (Loopscope runs no dynamic code)"),
        ("n = 1\nr = range(10**20, 10**20 + 5)\n", 2, "`range()` with a bound or step beyond 64 bits"),
        ("import sys\nf = sys._getframe()\nprint(f.f_lasti)\n", 3, "frame.f_lasti"),
        ("b = b'raw'\nt = b.decode('cp1252')\n", 2, "the 'cp1252' codec"),
        (
            "class A: pass\nclass B: pass\na = A()\na.__class__ = B\n",
            4,
            "assigning to an instance's `__class__`",
        ),
        // Inside a method: the method's own line, not its caller's.
        (
            "class B: pass\nclass A:\n    def become(self):\n        self.__class__ = B\nA().become()\n",
            4,
            "assigning to an instance's `__class__`",
        ),
        (
            "class R:\n    def __init__(self, **kw):\n        self.__dict__ = kw\nR(a=1)\n",
            3,
            "assigning to an instance's `__dict__`",
        ),
        // What `types.coroutine` wraps a returned plain generator in: `asyncio.iscoroutine`
        // says yes, as CPython does, but a task cannot drive it yet.
        (
            "import asyncio, types\ndef gen():\n    yield\nw = types.coroutine(lambda: gen())\n\
             async def main():\n    await asyncio.create_task(w())\nasyncio.run(main())\n",
            6,
            "a task of a coroutine-like object",
        ),
        ("import inspect\nx = 1\nprint(inspect.signature(len))\n", 3, "inspect.signature of a built-in function"),
        // The loop's private parts that have no faithful value here.
        (
            "import asyncio\nasync def main():\n    print(asyncio.get_running_loop()._selector)\nasyncio.run(main())\n",
            3,
            "the event loop's `_selector`",
        ),
        // `object`'s dunders whose answers are CPython's memory layout (dir() lists them).
        ("import sys\nasync def f(): pass\nc = f()\nprint(c.__sizeof__())\n", 4, "`coroutine.__sizeof__`"),
    ];
    for (source, line, construct) in cases {
        let outcome = run(source);
        assert_eq!(outcome.exit_status(), 2, "{source:?}: {}", outcome.stderr);
        match &outcome.stop {
            Stop::Unsupported { construct: c, line: l } => {
                assert!(c.contains(construct), "{c}");
                assert_eq!(*l, line);
            }
            other => panic!("{source:?}: {other:?}"),
        }
        assert!(outcome.stderr.contains(&format!("line {line}")), "{}", outcome.stderr);
        assert!(outcome.stderr.contains(construct), "{}", outcome.stderr);
    }
}

#[test]
fn an_endless_loop_stops_at_the_instruction_budget_and_keeps_its_trace() {
    let config = RunConfig { max_instructions: 200_000, ..RunConfig::default() };
    let outcome = run_with("print('start')\nn = 0\nwhile True:\n    n += 1\n", config);
    assert_eq!(outcome.exit_status(), 124);
    assert!(matches!(outcome.stop, Stop::Budget(_)));
    assert_eq!(outcome.stdout, "start\n");
    assert!(outcome.stderr.contains("200000 instructions"), "{}", outcome.stderr);
    assert!(outcome.trace.event_count > 0, "the partial trace is kept");
    let printed = outcome
        .trace
        .events()
        .flatten()
        .any(|(_, e)| matches!(e, loopscope_trace::Event::Stdout { .. }));
    assert!(printed);
}

#[test]
fn a_loop_that_keeps_the_event_loop_spinning_stops_at_the_callback_budget() {
    let source = "\
import asyncio
async def spin():
    while True:
        await asyncio.sleep(0)
asyncio.run(spin())
";
    let config = RunConfig { max_callbacks: 5_000, ..RunConfig::default() };
    let outcome = run_with(source, config);
    assert_eq!(outcome.exit_status(), 124);
    assert_eq!(
        outcome.stderr,
        "loopscope: stopped: the event loop ran 5000 callbacks, the budget (raise it with a \
         `# loopscope: max-callbacks=N` line at the top of the program)\n",
        "only the budget's message: what the stop tore down reports nothing"
    );
    assert!(outcome.trace.event_count > 5_000);
}

/// stderr counts too: a callback failing forever writes only "Exception in callback" reports
/// (it once ran into the callback budget after gigabytes of them, more than a page can hold).
#[test]
fn output_to_stderr_stops_at_the_output_budget() {
    let source = "\
import asyncio
def broken():
    loop.call_soon(broken)
    undefined_name
async def main():
    global loop
    loop = asyncio.get_running_loop()
    loop.call_soon(broken)
    await asyncio.sleep(3600)
asyncio.run(main())
";
    let config = RunConfig { max_output_bytes: 10_000, ..RunConfig::default() };
    let outcome = run_with(source, config);
    assert_eq!(outcome.exit_status(), 124, "{}", outcome.stderr);
    assert!(outcome.stderr.contains("NameError: name 'undefined_name' is not defined"));
    assert!(
        outcome.stderr.ends_with(
            "loopscope: stopped: the program printed more than 10000 bytes, the output budget\n"
        ),
        "{}",
        outcome.stderr
    );
    assert!(outcome.stderr.len() < 12_000, "stopped at the first check past the budget");
}

#[test]
fn sleeping_forever_stops_at_the_virtual_time_budget() {
    let config = RunConfig { max_virtual_seconds: 100.0, ..RunConfig::default() };
    let outcome = run_with("import time\nwhile True:\n    time.sleep(30)\n", config);
    assert_eq!(outcome.exit_status(), 124);
    assert!(outcome.stderr.contains("passed 100 seconds"), "{}", outcome.stderr);
}

#[test]
fn runaway_recursion_is_a_recursion_error_as_cpython_words_it() {
    let outcome = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(outcome.exit_status(), 1);
    assert_eq!(last_line(&outcome.stderr), "RecursionError: maximum recursion depth exceeded");
    assert!(outcome.stderr.contains("[Previous line repeated"), "{}", outcome.stderr);
}

/// CPython's loop puts `asyncio.run`'s frames, `Context.run` and (for a task) its step
/// function under every callback; they count toward the recursion limit there, so the depth
/// a program reaches is what plain `python3` 3.11.7 reports (the conformance harness adds
/// frames of its own, so this is measured here).
#[test]
fn recursion_under_the_event_loop_reaches_cpythons_depth() {
    let source = "\
import asyncio
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
def callback(fut):
    fut.set_result(depth())
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(callback, fut)
    print(depth(), await fut, await asyncio.create_task(main_inner()))
async def main_inner():
    return depth()
print(depth())
asyncio.run(main())
";
    let outcome = run(source);
    assert_eq!(outcome.stdout, "998\n989 990 989\n", "{}", outcome.stderr);
}

#[test]
fn runaway_awaits_are_a_recursion_error_too() {
    let source = "\
import asyncio
async def f(n):
    return await f(n + 1)
asyncio.run(f(0))
";
    let outcome = run(source);
    assert_eq!(outcome.exit_status(), 1, "{}", outcome.stderr);
    assert_eq!(last_line(&outcome.stderr), "RecursionError: maximum recursion depth exceeded");
}

#[test]
fn runaway_generators_are_a_recursion_error_too() {
    let source = "\
def gen(n):
    for x in gen(n + 1):
        yield x
    yield n

for v in gen(0):
    print(v)
";
    let outcome = run(source);
    assert_eq!(outcome.exit_status(), 1, "{}", outcome.stderr);
    assert_eq!(last_line(&outcome.stderr), "RecursionError: maximum recursion depth exceeded");
}

#[test]
fn huge_allocations_are_memory_errors() {
    for source in [
        "x = [0] * 10**10\n",
        "s = 'ab' * 10**12\n",
        "x = 10 ** (10 ** 10)\n",
        "s = 'a'\nwhile True:\n    s = s + s\n",
        "a = []\nwhile True:\n    a.append(len(a))\n",
        "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n",
    ] {
        let outcome = run(source);
        assert_eq!(outcome.exit_status(), 1, "{source:?}: {}", outcome.stderr);
        assert_eq!(last_line(&outcome.stderr), "MemoryError", "{source:?}");
    }
}

#[test]
fn native_recursion_is_a_recursion_error_not_a_stack_overflow() {
    // Each of these recurses through native code (an instruction or a built-in calls the
    // program back), so every level nests an interpreter loop on the Rust stack; the last
    // raises the recursion limit far past what the stack holds. Debug builds' frames are
    // several times bigger, hence the test thread's large stack.
    let test = std::thread::Builder::new().stack_size(512 << 20).spawn(|| {
        let outcome = run(NATIVE_RECURSION);
        assert_eq!(outcome.exit_status(), 0, "{}", outcome.stderr);
        assert_eq!(outcome.stdout, "property\n__add__\nf-string repr\n__eq__\nmap\n");
    });
    test.expect("thread starts").join().expect("the native-recursion checks pass");
}

const NATIVE_RECURSION: &str = "\
import sys


def expect_recursion_error(what, f):
    try:
        f()
    except RecursionError:
        print(what)


class Loop:
    @property
    def x(self):
        return self.x

    def __add__(self, other):
        return self + other

    def __repr__(self):
        return f'Loop({self!r})'

    def __eq__(self, other):
        return [self] == [other]


expect_recursion_error('property', lambda: Loop().x)
expect_recursion_error('__add__', lambda: Loop() + 1)
expect_recursion_error('f-string repr', lambda: repr(Loop()))
expect_recursion_error('__eq__', lambda: Loop() == Loop())
sys.setrecursionlimit(100_000)


def deeper(n):
    return list(map(deeper, [n + 1]))


expect_recursion_error('map', lambda: deeper(0))
";

#[test]
fn deep_comparisons_are_a_recursion_error_even_past_a_raised_limit() {
    // Comparing containers nested far deeper than the stack holds: each level nests native
    // comparisons, bounded whatever `sys.setrecursionlimit` says (the debug build's frames
    // are bigger, hence the thread's stack).
    let test = std::thread::Builder::new().stack_size(256 << 20).spawn(|| {
        let outcome = run(DEEP_COMPARISONS);
        assert_eq!(outcome.exit_status(), 0, "{}", outcome.stderr);
        assert_eq!(outcome.stdout, "== in comparison\nmax in comparison\nfreed\n");
    });
    test.expect("thread starts").join().expect("the deep comparisons pass");
}

const DEEP_COMPARISONS: &str = "\
import sys
from collections import deque
sys.setrecursionlimit(1_000_000)
a = b = None
for _ in range(200_000):
    a, b = [a], [b]
for what, f in [('==', lambda: a == b), ('max', lambda: max(a, b))]:
    try:
        f()
    except RecursionError as e:
        print(what, str(e).split('exceeded ')[1])
x = None
for _ in range(200_000):
    x = deque([x])
del x
print('freed')
";

#[test]
fn deeply_nested_containers_neither_overflow_the_stack_nor_leak() {
    // repr of 1,000 nested lists recurses natively, as CPython's does: under 2 KiB a level in
    // optimized builds (the CLI's main thread and the page's worker have 8 MiB, see
    // .cargo/config.toml), but unoptimized test builds use frames several times bigger than a
    // test thread's 2 MiB allows.
    let test = std::thread::Builder::new().stack_size(64 << 20).spawn(|| {
        let outcome = run(NESTED_CONTAINERS);
        assert_eq!(outcome.exit_status(), 0, "{}", outcome.stderr);
        assert_eq!(
            outcome.stdout,
            "built\nrepr: maximum recursion depth exceeded while getting the repr of an object\nfreed\n"
        );
    });
    test.expect("thread starts").join().expect("the nested-container checks pass");
}

const NESTED_CONTAINERS: &str = "\
x = []
for i in range(1_000_000):
    x = [x]
print('built')
try:
    repr(x)
except RecursionError as e:
    print('repr:', e)
d = {}
for i in range(300_000):
    d = {'k': d}
x = None
d = None
print('freed')
";

#[test]
fn a_deadlock_says_which_task_waits_on_what_and_exits_3() {
    let source = "\
import asyncio
async def main():
    fut = asyncio.get_running_loop().create_future()
    await fut
asyncio.run(main())
";
    let outcome = run(source);
    assert_eq!(outcome.exit_status(), 3);
    assert!(matches!(outcome.stop, Stop::Deadlock));
    assert!(outcome.stderr.contains("name='Task-1'"), "{}", outcome.stderr);
    assert!(outcome.stderr.contains("wait_for=<Future pending"), "{}", outcome.stderr);
}

/// Programs built from fragments, valid and not, in random orders: every run ends with one
/// of the documented exit statuses and the trace reads back.
#[test]
fn generated_programs_never_panic() {
    let fragments = [
        "x = 1\n",
        "x = x + 1\n",
        "print(x)\n",
        "def f(a, b=2):\n    return a * b\n",
        "print(f(3))\n",
        "async def g():\n    await asyncio.sleep(0.1)\n    return 7\n",
        "import asyncio\n",
        "print(asyncio.run(g()))\n",
        "for i in range(3):\n    x += i\n",
        "while x < 10:\n    x += 1\n",
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n    pass\n",
        "raise ValueError('boom')\n",
        "l = [1, 2, 3][::-1]\n",
        "d = {'a': 1}\nprint(d['b'])\n",
        "class C:\n    pass\n",
        "c = C()\nprint(c.missing)\n",
        "s = f'{x:>5}'\n",
        "x = (\n",
        "  y = 2\n",
        "def h(:\n",
        "import random\nrandom.seed(3)\nprint(random.random())\n",
        "t = asyncio.create_task(g())\n",
        "print(*[i for i in range(5)], sep=',')\n",
        "assert x > 100, 'too small'\n",
        "x = None\nx()\n",
        "lambda: (yield)\n",
        "global q\n",
        "nonlocal z\n",
        "match x:\n",
        "async def k():\n    async with a:\n        pass\n",
        "print(len(10))\n",
    ];
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..300 {
        let mut source = String::new();
        for _ in 0..1 + next(8) {
            source.push_str(fragments[next(fragments.len())]);
        }
        let config = RunConfig {
            max_instructions: 100_000,
            trace: if next(2) == 0 { TraceDetail::Full } else { TraceDetail::Off },
            ..RunConfig::default()
        };
        let outcome = run_with(&source, config);
        assert!(
            [0, 1, 2, 3, 124].contains(&outcome.exit_status()),
            "{source}\n=> {}: {}",
            outcome.exit_status(),
            outcome.stderr
        );
    }
}

/// Bytes that are not a program are CPython's `SyntaxError`s: not UTF-8 without a coding
/// cookie, a NUL byte, or a token a `utf-8` cookie cannot decode; a Latin-1 cookie decodes.
#[test]
fn undecodable_bytes_are_syntax_errors_as_cpython_words_them() {
    let config = || RunConfig { filename: "prog.py".into(), ..RunConfig::default() };
    let outcome = loopscope_engine::run_program_bytes(b"x = 1\ny = '\xe9\xe9'\n", config());
    assert_eq!(outcome.exit_status(), 1);
    assert_eq!(
        outcome.stderr,
        "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file prog.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"
    );
    assert!(matches!(outcome.stop, Stop::SyntaxError { line: 2 }));
    let outcome = loopscope_engine::run_program_bytes(b"print(1)\n\x00", config());
    assert_eq!(outcome.exit_status(), 1);
    assert_eq!(
        outcome.stderr,
        "  File \"prog.py\", line 2\n    \nSyntaxError: source code cannot contain null bytes\n"
    );
    assert!(outcome.stdout.is_empty());
    let outcome =
        loopscope_engine::run_program_bytes(b"# coding: latin-1\nprint('\xe9')\n", config());
    assert_eq!((outcome.exit_status(), outcome.stdout.as_str()), (0, "\u{e9}\n"));
    let outcome =
        loopscope_engine::run_program_bytes(b"# coding: cp1252\nprint('\x80')\n", config());
    assert_eq!(outcome.exit_status(), 2, "{}", outcome.stderr);
}
