//! Every setting of a run, with its default and the reason for it, in one place.

pub use loopscope_trace::TraceDetail;

#[derive(Debug, Clone)]
pub struct RunConfig {
    /// The file name tracebacks and reprs show (`File "main.py", line 3`).
    pub filename: String,
    /// The path the program was started with, `sys.argv[0]`, when it is not `filename`:
    /// `python3 rel.py` names the file `/cwd/rel.py` everywhere but keeps `rel.py` in argv.
    pub argv0: Option<String>,
    /// Virtual nanoseconds each executed bytecode instruction costs. The default, zero, makes
    /// computation free, so only sleeps and blocking calls move the clock: that is CPython
    /// under the conformance harness's virtual clock, so a run prints exactly what
    /// `python3 FILE.py` prints (a cost moves `loop.time()` between two reads and can reorder
    /// timers due at the same instant). Lessons about CPU-bound work set
    /// `CALIBRATED_INSTR_COST_NS` (a `# loopscope: instr-cost-ns=7` header, `--instr-cost-ns`).
    pub instr_cost_ns: f64,
    /// Stop with exit status 124 after this many instructions: a `while True: pass` must end.
    /// 2,000 million is about ten seconds of native work and far above any teaching example.
    pub max_instructions: u64,
    /// Stop with exit status 124 when the virtual clock passes this many seconds (a day): a
    /// program that sleeps forever in a loop must end too.
    pub max_virtual_seconds: f64,
    /// CPython's default recursion limit (`sys.getrecursionlimit()`).
    pub recursion_limit: usize,
    /// Container and big-int growth past this many bytes raises `MemoryError`, so that
    /// `[0] * 10**10` stops instead of exhausting the page's memory.
    pub max_memory_bytes: usize,
    /// Stop with exit status 124 after this many loop callbacks. A program that keeps the
    /// loop spinning (`while True: await asyncio.sleep(0)`) runs few instructions per
    /// callback, so the instruction budget alone would take minutes to stop it; the
    /// benchmarks run about 3 million.
    pub max_callbacks: u64,
    /// Stop with exit status 124 when the program has printed this much, stdout and stderr
    /// together (tracebacks and "Exception in callback" reports count).
    pub max_output_bytes: usize,
    pub trace: TraceDetail,
    /// Line events recorded per callback before the rest of that callback's lines are
    /// coalesced into one event, so a hot loop cannot flood the trace.
    pub line_events_per_callback: u32,
    /// asyncio's debug mode (`asyncio.run(debug=True)` turns it on too): slow callbacks are
    /// reported on stderr as CPython words them. Off, they are recorded in the trace only.
    pub debug: bool,
    /// A callback holding the loop this long is slow (asyncio's `slow_callback_duration`).
    pub slow_callback_seconds: f64,
    /// Run asyncio's `sleep`, `gather` and `wait_for` as their Python source
    /// (`lib/asyncio/tasks.py`) instead of the native accelerators, as CPython can run
    /// asyncio without its `_asyncio` module. The output is the same; the library frames differ.
    pub python_asyncio: bool,
    /// The virtual cores simulated processes share (tests/conformance/THREADS_MODEL.md, P2):
    /// `os.cpu_count()`, the default size of a process pool. 8, as the conformance harness
    /// fixes `os.cpu_count()`.
    pub virtual_cores: u32,
    /// Told how far the run got about every `PROGRESS_EVERY_INSTRUCTIONS` instructions (the
    /// page's progress bar, from the worker that runs the program). `None`: nobody listens.
    pub progress: Option<ProgressHook>,
}

/// asyncio's `BaseEventLoop.slow_callback_duration`: a callback holding the loop this long is
/// slow (the default of `RunConfig::slow_callback_seconds`; the page's timeline marks the same).
pub const SLOW_CALLBACK_SECONDS: f64 = 0.1;

/// See `RunConfig::progress`.
pub const PROGRESS_EVERY_INSTRUCTIONS: u64 = 1 << 20;

/// How far a run has got.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    pub instructions: u64,
    pub virtual_seconds: f64,
    pub events: u64,
}

/// A function told about a run's progress.
#[derive(Clone)]
pub struct ProgressHook(pub std::rc::Rc<dyn Fn(&Progress)>);

impl std::fmt::Debug for ProgressHook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ProgressHook")
    }
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            filename: "main.py".to_string(),
            argv0: None,
            instr_cost_ns: DEFAULT_INSTR_COST_NS,
            max_instructions: 2_000_000_000,
            max_virtual_seconds: 86_400.0,
            recursion_limit: 1000,
            max_memory_bytes: 512 << 20,
            max_callbacks: 10_000_000,
            max_output_bytes: 16 << 20,
            trace: TraceDetail::Full,
            line_events_per_callback: 256,
            debug: false,
            slow_callback_seconds: SLOW_CALLBACK_SECONDS,
            python_asyncio: false,
            virtual_cores: DEFAULT_VIRTUAL_CORES,
            progress: None,
        }
    }
}

/// See `RunConfig::virtual_cores`.
pub const DEFAULT_VIRTUAL_CORES: u32 = 8;

/// See `RunConfig::instr_cost_ns`: by default computation costs no virtual time.
pub const DEFAULT_INSTR_COST_NS: f64 = 0.0;

/// A cost that makes a 10-million-iteration `total += i` loop (7 instructions per iteration)
/// take about what it takes CPython 3.11 on a laptop, roughly half a second
/// (docs/BENCHMARKS.md, "Calibrating the instruction cost"): for lessons about CPU-bound work.
pub const CALIBRATED_INSTR_COST_NS: f64 = 7.0;
