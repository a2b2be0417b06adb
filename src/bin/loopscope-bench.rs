//! `loopscope-bench`: the project's benchmarks, Loopscope and CPython 3.11 side by side in one
//! run, with the targets the project set for them (docs/BENCHMARKS.md explains each one).
//!
//! ```text
//! cargo run --release --bin loopscope-bench [NAME...] [--runs N] [--python EXE] [--plain-python]
//! ```
//!
//! Every measurement runs in its own child process so that its peak memory (the RSS high-water
//! mark the kernel hands over when the child is reaped with `wait4`) belongs to that run alone:
//!
//! - the engine: this binary re-invoked as `loopscope-bench --child NAME on|off`, which calls
//!   `run_program` with the default configuration (trace `Full` for `on`, `Off` for `off`) and
//!   reports the seconds `run_program` took;
//! - CPython: `python3 tests/conformance/harness.py --child PROGRAM --timed`, the conformance
//!   harness's virtual clock (so sleeps cost no real time there either), which reports the
//!   seconds compile + run + shutdown took.
//!
//! Both times therefore leave process start-up out. Each benchmark runs `--runs` times (default
//! 3); times are the minimum (the run least disturbed by the rest of the machine), memory the
//! maximum. The program's stdout must be the same everywhere, or the benchmark fails.
//!
//! The replay benchmark is the one part that depends on `engine::trace::replay` (`Replay::new`,
//! `len`, `state_at`): `child::measure_replay` and the `replay` entry of `cases::CASES`.
//!
//! Native only: it needs processes. Compiled to wasm it is an empty `main`, so that
//! `cargo build --target wasm32-unknown-unknown --bins` keeps working.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::process::ExitCode;

    /// Dispatches to the child side (one measured run) or the parent side (the whole bench).
    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        if args.first().map(String::as_str) == Some(super::child::FLAG) {
            return super::child::main(&args[1..]);
        }
        super::parent::main(&args)
    }
}

/// The benchmarks: which program, which targets, and where the files live.
#[cfg(not(target_arch = "wasm32"))]
mod cases {
    use std::path::PathBuf;

    /// One goal the project set.
    #[derive(Debug, Clone, Copy)]
    pub enum Target {
        /// Loopscope, trace on, at least this many times as fast as CPython (1.0: no slower).
        FasterThanCpython(f64),
        /// Loopscope's peak memory, trace on, no higher than CPython's.
        MemoryNoHigherThanCpython,
        /// Rebuilding the state at any step of the trace takes less than this many seconds.
        ReplayUnder(f64),
    }

    pub struct Case {
        pub name: &'static str,
        pub about: &'static str,
        pub targets: &'static [Target],
        /// Whether CPython runs it too (the replay benchmark has nothing to compare with).
        pub with_cpython: bool,
        /// Whether the engine child also measures replay on the trace it recorded.
        pub replay: bool,
    }

    pub const CASES: &[Case] = &[
        Case {
            name: "scheduling",
            about: "10,000 tasks x 100 random sleeps, gathered: a million timers",
            targets: &[Target::FasterThanCpython(10.0), Target::MemoryNoHigherThanCpython],
            with_cpython: true,
            replay: false,
        },
        Case {
            name: "fanout",
            about: "10 rounds of gathering 100,000 coroutines that sleep(0)",
            targets: &[Target::FasterThanCpython(10.0)],
            with_cpython: true,
            replay: false,
        },
        Case {
            name: "compute",
            about: "a 10-million-iteration `total += i` loop in a coroutine",
            targets: &[Target::FasterThanCpython(1.0)],
            with_cpython: true,
            replay: false,
        },
        Case {
            name: "replay",
            about: "state at many steps of a ~1,000,000-event trace (Replay::state_at)",
            targets: &[Target::ReplayUnder(0.005)],
            with_cpython: false,
            replay: true,
        },
    ];

    pub fn find(name: &str) -> Result<&'static Case, String> {
        CASES.iter().find(|c| c.name == name).ok_or_else(|| {
            let known: Vec<&str> = CASES.iter().map(|c| c.name).collect();
            format!("no benchmark named {name:?} (known: {})", known.join(", "))
        })
    }

    /// The repository this binary was built from: programs and harness are read from there.
    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    pub fn programs_dir() -> PathBuf {
        root().join("benches").join("programs")
    }

    impl Case {
        pub fn program(&self) -> PathBuf {
            programs_dir().join(format!("{}.py", self.name))
        }
    }

    pub fn harness() -> PathBuf {
        root().join("tests").join("conformance").join("harness.py")
    }
}

/// What a child reports on its last stderr line: `loopscope-bench: key=value ...`.
#[cfg(not(target_arch = "wasm32"))]
mod report {
    use std::collections::HashMap;

    const PREFIX: &str = "loopscope-bench: ";

    /// Replay timings, in seconds.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct ReplayTimes {
        /// `Replay::new`: one pass over the trace.
        pub index: f64,
        /// The slowest `state_at`, and the step it rebuilt.
        pub worst: f64,
        pub worst_step: u64,
        /// 99% of the sampled steps took at most this long (one slow step on a busy machine
        /// may be the scheduler's doing; a slow percentile is the code's).
        pub p99: f64,
        pub mean: f64,
        pub samples: u64,
    }

    /// One engine run.
    #[derive(Debug, Clone, Default)]
    pub struct Report {
        pub seconds: f64,
        /// The program's exit status (0: it finished).
        pub status: i32,
        pub events: u64,
        /// Bytes the encoded events take.
        pub bytes: u64,
        /// The trace's string table (task names, reprs, handle labels): count and bytes.
        pub strings: u64,
        pub string_bytes: u64,
        pub instructions: u64,
        pub virtual_seconds: f64,
        pub replay: Option<ReplayTimes>,
    }

    impl Report {
        pub fn to_line(&self) -> String {
            let mut line = format!(
                "{PREFIX}seconds={} status={} events={} bytes={} strings={} string_bytes={} \
                 instructions={} virtual={}",
                self.seconds,
                self.status,
                self.events,
                self.bytes,
                self.strings,
                self.string_bytes,
                self.instructions,
                self.virtual_seconds
            );
            if let Some(r) = self.replay {
                line += &format!(
                    " replay_index={} replay_worst={} replay_worst_step={} replay_p99={} \
                     replay_mean={} replay_samples={}",
                    r.index, r.worst, r.worst_step, r.p99, r.mean, r.samples
                );
            }
            line
        }

        /// Finds and reads the report in a child's stderr.
        pub fn from_stderr(stderr: &str) -> Result<Report, String> {
            let line = stderr
                .lines()
                .rev()
                .find_map(|l| l.strip_prefix(PREFIX))
                .ok_or_else(|| format!("the child reported nothing; its stderr:\n{stderr}"))?;
            let fields: HashMap<&str, &str> =
                line.split_whitespace().filter_map(|kv| kv.split_once('=')).collect();
            let replay = if fields.contains_key("replay_worst") {
                Some(ReplayTimes {
                    index: get(&fields, "replay_index")?,
                    worst: get(&fields, "replay_worst")?,
                    worst_step: get(&fields, "replay_worst_step")?,
                    p99: get(&fields, "replay_p99")?,
                    mean: get(&fields, "replay_mean")?,
                    samples: get(&fields, "replay_samples")?,
                })
            } else {
                None
            };
            Ok(Report {
                seconds: get(&fields, "seconds")?,
                status: get(&fields, "status")?,
                events: get(&fields, "events")?,
                bytes: get(&fields, "bytes")?,
                strings: get(&fields, "strings")?,
                string_bytes: get(&fields, "string_bytes")?,
                instructions: get(&fields, "instructions")?,
                virtual_seconds: get(&fields, "virtual")?,
                replay,
            })
        }
    }

    fn get<T: std::str::FromStr>(fields: &HashMap<&str, &str>, key: &str) -> Result<T, String> {
        fields
            .get(key)
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| format!("the child's report has no valid {key}"))
    }
}

/// The child side: one engine run of one benchmark, measured from inside.
#[cfg(not(target_arch = "wasm32"))]
mod child {
    use super::cases;
    use super::report::{ReplayTimes, Report};
    use loopscope::engine::config::{RunConfig, TraceDetail};
    use loopscope::engine::run_program;
    use loopscope::engine::trace::replay::Replay;
    use loopscope::engine::trace::Trace;
    use std::io::Write;
    use std::process::ExitCode;
    use std::time::Instant;

    pub const FLAG: &str = "--child";

    /// Steps sampled for the replay benchmark: 501 evenly spread (first and last included) and
    /// 500 pseudo-random ones.
    const REPLAY_SAMPLES: u64 = 1000;

    /// `--child NAME on|off`: runs the benchmark once, prints the program's stdout and stderr,
    /// then the report as the last stderr line.
    pub fn main(args: &[String]) -> ExitCode {
        match measure(args) {
            Ok(report) => {
                eprintln!("{}", report.to_line());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("loopscope-bench {FLAG}: {e}");
                ExitCode::from(2)
            }
        }
    }

    fn measure(args: &[String]) -> Result<Report, String> {
        let [name, trace] = args else {
            return Err(format!("usage: loopscope-bench {FLAG} NAME on|off"));
        };
        let case = cases::find(name)?;
        let detail = match trace.as_str() {
            "on" => TraceDetail::Full,
            "off" => TraceDetail::Off,
            other => return Err(format!("trace must be on or off, not {other:?}")),
        };
        let path = case.program();
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let config =
            RunConfig { filename: format!("{name}.py"), trace: detail, ..Default::default() };

        let started = Instant::now();
        let outcome = run_program(&text, config);
        let seconds = started.elapsed().as_secs_f64();

        write_output(&outcome.stdout, &outcome.stderr)?;
        let replay = (case.replay && detail == TraceDetail::Full)
            .then(|| measure_replay(std::rc::Rc::new(outcome.trace.clone())));
        Ok(Report {
            seconds,
            status: outcome.exit_status(),
            events: outcome.trace.event_count,
            bytes: outcome.trace.byte_len() as u64,
            strings: outcome.trace.strings.len() as u64,
            string_bytes: outcome.trace.strings.iter().map(|s| s.len() as u64).sum(),
            instructions: outcome.instructions,
            virtual_seconds: outcome.virtual_seconds,
            replay,
        })
    }

    fn write_output(stdout: &str, stderr: &str) -> Result<(), String> {
        let mut out = std::io::stdout().lock();
        out.write_all(stdout.as_bytes())
            .and_then(|()| out.flush())
            .map_err(|e| format!("cannot write stdout: {e}"))?;
        eprint!("{stderr}");
        Ok(())
    }

    /// Builds the replay index once, then times `state_at` on steps spread over the whole run.
    fn measure_replay(trace: std::rc::Rc<Trace>) -> ReplayTimes {
        let started = Instant::now();
        let replay = Replay::new(trace);
        let index = started.elapsed().as_secs_f64();
        let steps = sample_steps(replay.len(), REPLAY_SAMPLES);
        let mut timed: Vec<(f64, u64)> = steps
            .iter()
            .map(|&step| {
                let started = Instant::now();
                let state = replay.state_at(step);
                let took = started.elapsed().as_secs_f64();
                std::hint::black_box(state);
                (took, step)
            })
            .collect();
        timed.sort_by(|a, b| a.0.total_cmp(&b.0));
        let samples = timed.len() as u64;
        let (worst, worst_step) = timed.last().copied().unwrap_or_default();
        let p99 = timed.get(timed.len() * 99 / 100).map_or(worst, |t| t.0);
        let mean = timed.iter().map(|t| t.0).sum::<f64>() / samples.max(1) as f64;
        ReplayTimes { index, worst, worst_step, p99, mean, samples }
    }

    /// About `count` steps in `0..=len`: half evenly spaced (the first and the last included),
    /// half from a fixed pseudo-random sequence (so their distance from any checkpoint varies).
    pub(super) fn sample_steps(len: u64, count: u64) -> Vec<u64> {
        let even = count / 2;
        let mut steps: Vec<u64> = (0..=even).map(|i| len * i / even.max(1)).collect();
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in even..count {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            steps.push((x >> 11) % (len + 1));
        }
        steps
    }
}

/// Child processes with their exit status, output, and the kernel's resource usage.
#[cfg(not(target_arch = "wasm32"))]
mod process {
    use std::io::Read;
    use std::process::{Child, Command, Stdio};

    /// A child that ran to its end.
    pub struct Finished {
        /// Exit status, or 128 + the signal that killed it.
        pub status: i32,
        pub stdout: String,
        pub stderr: String,
        /// User + system CPU time.
        pub cpu_seconds: f64,
        /// The RSS high-water mark.
        pub peak_rss_bytes: u64,
    }

    /// Runs `command` to its end, capturing stdout and stderr.
    pub fn run(mut command: Command) -> Result<Finished, String> {
        let shown = format!("{command:?}");
        command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = command.spawn().map_err(|e| format!("cannot start {shown}: {e}"))?;
        let (stdout, stderr) = collect_output(&mut child);
        let (status, usage) = reap(&child)?;
        Ok(Finished {
            status,
            stdout: stdout.map_err(|e| format!("reading stdout of {shown}: {e}"))?,
            stderr: stderr.map_err(|e| format!("reading stderr of {shown}: {e}"))?,
            cpu_seconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
            peak_rss_bytes: u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024,
        })
    }

    type Text = std::io::Result<String>;

    /// Reads stdout and stderr to their ends (stderr on a thread, so neither pipe can fill up
    /// and block the child).
    fn collect_output(child: &mut Child) -> (Text, Text) {
        let stderr = child.stderr.take();
        let reader = std::thread::spawn(move || read_all(stderr));
        let stdout = read_all(child.stdout.take());
        let stderr = reader.join().unwrap_or_else(|_| Err(std::io::Error::other("reader died")));
        (stdout, stderr)
    }

    fn read_all(pipe: Option<impl Read>) -> Text {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            pipe.read_to_end(&mut bytes)?;
        }
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// Waits for the child with `wait4`, which hands over that child's own resource usage
    /// (`getrusage(RUSAGE_CHILDREN)` would give the maximum over every child so far).
    /// `Child::wait` must not be called afterwards: the child is reaped here.
    fn reap(child: &Child) -> Result<(i32, libc::rusage), String> {
        let pid = libc::pid_t::try_from(child.id()).map_err(|e| format!("pid: {e}"))?;
        let mut status: libc::c_int = 0;
        // SAFETY: `rusage` is plain integers; all zeroes is a valid value.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        loop {
            // SAFETY: `pid` is our child, not reaped yet (std only reaps in `wait`/`try_wait`,
            // never called on it); both pointers point to live locals of the right types.
            let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
            if reaped == pid {
                break;
            }
            let error = std::io::Error::last_os_error();
            if error.kind() != std::io::ErrorKind::Interrupted {
                return Err(format!("waiting for child {pid}: {error}"));
            }
        }
        Ok((exit_status(status), usage))
    }

    fn exit_status(status: libc::c_int) -> i32 {
        if libc::WIFEXITED(status) {
            libc::WEXITSTATUS(status)
        } else if libc::WIFSIGNALED(status) {
            128 + libc::WTERMSIG(status)
        } else {
            -1
        }
    }

    fn seconds(t: libc::timeval) -> f64 {
        t.tv_sec as f64 + t.tv_usec as f64 * 1e-6
    }
}

/// The commands that measure one run, each returning a checked `Measured`.
#[cfg(not(target_arch = "wasm32"))]
mod runs {
    use super::cases::{self, Case};
    use super::process::{self, Finished};
    use super::report::Report;
    use std::process::Command;

    /// One measured run.
    pub struct Measured {
        pub seconds: f64,
        pub peak_rss_bytes: u64,
        /// The program's stdout (for CPython, without the harness's timestamps).
        pub stdout: String,
        /// The engine's own report (engine runs only).
        pub report: Option<Report>,
    }

    /// The engine in a child of this binary, with the trace on or off.
    pub fn engine(case: &Case, trace_on: bool) -> Result<Measured, String> {
        let exe = std::env::current_exe().map_err(|e| format!("cannot find this binary: {e}"))?;
        let mut command = Command::new(exe);
        command.args([super::child::FLAG, case.name, if trace_on { "on" } else { "off" }]);
        let done = succeeded(process::run(command)?, "Loopscope")?;
        let report = Report::from_stderr(&done.stderr)?;
        if report.status != 0 {
            return Err(format!(
                "the program exited with status {} on Loopscope; stderr:\n{}",
                report.status, done.stderr
            ));
        }
        Ok(Measured {
            seconds: report.seconds,
            peak_rss_bytes: done.peak_rss_bytes,
            stdout: done.stdout,
            report: Some(report),
        })
    }

    /// CPython under the conformance harness's virtual clock; the time is the one it reports.
    pub fn cpython(case: &Case, python: &str) -> Result<Measured, String> {
        let mut command = python_command(python);
        command.arg(cases::harness()).arg("--child").arg(case.program()).arg("--timed");
        let done = succeeded(process::run(command)?, "CPython")?;
        Ok(Measured {
            seconds: harness_seconds(&done.stderr)?,
            peak_rss_bytes: done.peak_rss_bytes,
            stdout: strip_timestamps(&done.stdout),
            report: None,
        })
    }

    /// Plain `python3 PROGRAM`, no harness: real sleeps, so the time is CPU time (user + system).
    pub fn plain_python(case: &Case, python: &str) -> Result<Measured, String> {
        let mut command = python_command(python);
        command.arg(case.program());
        let done = succeeded(process::run(command)?, "plain CPython")?;
        Ok(Measured {
            seconds: done.cpu_seconds,
            peak_rss_bytes: done.peak_rss_bytes,
            stdout: done.stdout,
            report: None,
        })
    }

    /// `python` with the environment the harness gives its children (`child_env`).
    fn python_command(python: &str) -> Command {
        let mut command = Command::new(python);
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("PYTHON") {
                command.env_remove(key);
            }
        }
        command.envs([
            ("PYTHONHASHSEED", "0"),
            ("PYTHONIOENCODING", "utf-8"),
            ("PYTHONUTF8", "1"),
            ("PYTHONNOUSERSITE", "1"),
            ("PYTHONDONTWRITEBYTECODE", "1"),
            ("TZ", "UTC"),
        ]);
        command.current_dir(cases::programs_dir());
        command
    }

    fn succeeded(done: Finished, who: &str) -> Result<Finished, String> {
        match done.status {
            0 => Ok(done),
            status => Err(format!("{who} exited with status {status}; stderr:\n{}", done.stderr)),
        }
    }

    /// The harness's `harness: timed S s` line.
    fn harness_seconds(stderr: &str) -> Result<f64, String> {
        stderr
            .lines()
            .rev()
            .find_map(|l| l.strip_prefix("harness: timed ")?.strip_suffix(" s")?.parse().ok())
            .ok_or_else(|| {
                format!("the harness reported no time (is it current?); stderr:\n{stderr}")
            })
    }

    /// Removes the `f"{now:.3f} "` the harness puts at the start of every stdout line.
    pub(super) fn strip_timestamps(stdout: &str) -> String {
        stdout.split_inclusive('\n').map(strip_stamp).collect()
    }

    fn strip_stamp(line: &str) -> &str {
        let Some((stamp, rest)) = line.split_once(' ') else { return line };
        let is_stamp = stamp.split_once('.').is_some_and(|(whole, frac)| {
            !whole.is_empty()
                && frac.len() == 3
                && whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
        });
        if is_stamp {
            rest
        } else {
            line
        }
    }
}

/// Results gathered over the runs of one benchmark.
#[cfg(not(target_arch = "wasm32"))]
mod results {
    use super::cases::Case;
    use super::report::{ReplayTimes, Report};
    use super::runs::Measured;

    /// Best time (minimum) and peak memory (maximum) over the runs of one side.
    #[derive(Debug, Clone, Copy)]
    pub struct Side {
        pub seconds: f64,
        pub peak_rss_bytes: u64,
    }

    impl Side {
        fn add(side: &mut Option<Side>, m: &Measured) {
            let s = side.get_or_insert(Side { seconds: f64::INFINITY, peak_rss_bytes: 0 });
            s.seconds = s.seconds.min(m.seconds);
            s.peak_rss_bytes = s.peak_rss_bytes.max(m.peak_rss_bytes);
        }
    }

    pub struct CaseResult {
        pub case: &'static Case,
        pub trace_on: Option<Side>,
        pub trace_off: Option<Side>,
        pub cpython: Option<Side>,
        pub plain_python: Option<Side>,
        /// The engine's report from a trace-on run (events, bytes, instructions).
        pub report: Option<Report>,
        /// Replay timings: each figure's minimum over the runs.
        pub replay: Option<ReplayTimes>,
        /// The stdout everything must agree on (the first run's).
        pub stdout: Option<String>,
    }

    impl CaseResult {
        pub fn new(case: &'static Case) -> CaseResult {
            CaseResult {
                case,
                trace_on: None,
                trace_off: None,
                cpython: None,
                plain_python: None,
                report: None,
                replay: None,
                stdout: None,
            }
        }

        /// Checks `m`'s stdout against the first one seen (or keeps it, if it is the first).
        fn check_stdout(&mut self, who: &str, m: &Measured) -> Result<(), String> {
            match &self.stdout {
                None => self.stdout = Some(m.stdout.clone()),
                Some(first) if *first == m.stdout => {}
                Some(first) => return Err(differs(who, first, &m.stdout)),
            }
            Ok(())
        }

        pub fn add_trace_on(&mut self, m: &Measured) -> Result<(), String> {
            self.check_stdout("Loopscope (trace on)", m)?;
            Side::add(&mut self.trace_on, m);
            if let Some(report) = &m.report {
                self.replay = min_replay(self.replay, report.replay);
                self.report = Some(report.clone());
            }
            Ok(())
        }

        pub fn add_trace_off(&mut self, m: &Measured) -> Result<(), String> {
            self.check_stdout("Loopscope (trace off)", m)?;
            Side::add(&mut self.trace_off, m);
            Ok(())
        }

        pub fn add_cpython(&mut self, m: &Measured) -> Result<(), String> {
            self.check_stdout("CPython", m)?;
            Side::add(&mut self.cpython, m);
            Ok(())
        }

        pub fn add_plain_python(&mut self, m: &Measured) -> Result<(), String> {
            self.check_stdout("plain CPython", m)?;
            Side::add(&mut self.plain_python, m);
            Ok(())
        }

        /// CPython's time over Loopscope's (trace on): how many times faster Loopscope is.
        pub fn speed_up(&self) -> Option<f64> {
            Some(self.cpython?.seconds / self.trace_on?.seconds)
        }
    }

    fn min_replay(a: Option<ReplayTimes>, b: Option<ReplayTimes>) -> Option<ReplayTimes> {
        match (a, b) {
            (Some(a), Some(b)) => Some(ReplayTimes {
                index: a.index.min(b.index),
                worst: a.worst.min(b.worst),
                worst_step: if a.worst <= b.worst { a.worst_step } else { b.worst_step },
                p99: a.p99.min(b.p99),
                mean: a.mean.min(b.mean),
                samples: a.samples,
            }),
            (a, b) => a.or(b),
        }
    }

    /// Says where two outputs first differ.
    fn differs(who: &str, want: &str, got: &str) -> String {
        let line = want.lines().zip(got.lines()).position(|(a, b)| a != b);
        let i = line.unwrap_or_else(|| want.lines().count().min(got.lines().count()));
        let (a, b) = (want.lines().nth(i), got.lines().nth(i));
        if a.is_none() && b.is_none() {
            return format!("{who} printed the same lines with other line endings");
        }
        format!(
            "{who} printed something else: line {}: expected {:?}, got {:?}",
            i + 1,
            a.unwrap_or("<end of output>"),
            b.unwrap_or("<end of output>")
        )
    }
}

/// The tables, as Markdown (readable in a terminal, pasted as is into docs/BENCHMARKS.md).
#[cfg(not(target_arch = "wasm32"))]
mod table {
    use super::cases::Target;
    use super::results::{CaseResult, Side};

    /// The measurements, one row per benchmark.
    pub fn measurements(results: &[CaseResult], plain: bool) -> String {
        let mut header = vec![
            "benchmark",
            "Loopscope",
            "Loopscope, trace off",
            "CPython (harness)",
            "speed-up",
            "target",
            "peak RSS Loopscope",
            "peak RSS, trace off",
            "peak RSS CPython",
            "trace events",
            "bytes/event",
        ];
        if plain {
            header.push("plain python3, CPU");
        }
        let mut rows = vec![header.iter().map(|s| s.to_string()).collect::<Vec<_>>()];
        rows.extend(results.iter().map(|r| measurement_row(r, plain)));
        markdown(&rows)
    }

    fn measurement_row(r: &CaseResult, plain: bool) -> Vec<String> {
        let mut row = vec![
            r.case.name.to_string(),
            time(r.trace_on),
            time(r.trace_off),
            time(r.cpython),
            r.speed_up().map_or("—".into(), |x| format!("{x:.1}x")),
            speed_target(r),
            memory(r.trace_on),
            memory(r.trace_off),
            memory(r.cpython),
            r.report.as_ref().map_or("—".into(), |rep| thousands(rep.events)),
            r.report.as_ref().map_or("—".into(), |rep| match rep.events {
                0 => "—".into(),
                n => format!("{:.2}", rep.bytes as f64 / n as f64),
            }),
        ];
        if plain {
            row.push(time(r.plain_python));
        }
        row
    }

    fn speed_target(r: &CaseResult) -> String {
        r.case
            .targets
            .iter()
            .find_map(|t| match t {
                Target::FasterThanCpython(x) => Some(format!("≥ {x}x")),
                _ => None,
            })
            .unwrap_or_else(|| "—".into())
    }

    /// Every target with what was measured and whether it is met.
    pub fn targets(results: &[CaseResult]) -> (String, bool) {
        let mut rows = vec![vec!["target".to_string(), "measured".into(), "result".into()]];
        let mut all_met = true;
        for r in results {
            for target in r.case.targets {
                let (what, measured, met) = judge(r, *target);
                all_met &= met == Some(true);
                let verdict = match met {
                    Some(true) => "PASS",
                    Some(false) => "FAIL",
                    None => "not measured",
                };
                rows.push(vec![format!("{}: {what}", r.case.name), measured, verdict.into()]);
            }
        }
        (markdown(&rows), all_met)
    }

    /// (what the target says, what was measured, met?) — `None` when there is nothing to judge.
    fn judge(r: &CaseResult, target: Target) -> (String, String, Option<bool>) {
        match target {
            Target::FasterThanCpython(x) => {
                let what = if x <= 1.0 {
                    "no slower than CPython (trace on)".to_string()
                } else {
                    format!("≥ {x}x faster than CPython (trace on)")
                };
                let speed = r.speed_up();
                let measured = speed.map_or("—".into(), |s| format!("{s:.2}x"));
                (what, measured, speed.map(|s| s >= x))
            }
            Target::MemoryNoHigherThanCpython => {
                let pair = r.trace_on.zip(r.cpython);
                let measured = pair.map_or("—".into(), |(l, c)| {
                    format!("{} vs {}", memory(Some(l)), memory(Some(c)))
                });
                let met = pair.map(|(l, c)| l.peak_rss_bytes <= c.peak_rss_bytes);
                ("peak memory no higher than CPython's (trace on)".into(), measured, met)
            }
            Target::ReplayUnder(limit) => {
                let what = format!("state at any step in < {}", duration(limit));
                let measured = r.replay.map_or("—".into(), |t| {
                    format!(
                        "worst {} (step {}), p99 {}, mean {} ({} steps)",
                        duration(t.worst),
                        thousands(t.worst_step),
                        duration(t.p99),
                        duration(t.mean),
                        t.samples
                    )
                });
                (what, measured, r.replay.map(|t| t.worst < limit))
            }
        }
    }

    /// Figures that fit no column: instructions, virtual time, replay's index.
    pub fn details(results: &[CaseResult]) -> String {
        let mut out = String::new();
        for r in results {
            let Some(rep) = &r.report else { continue };
            out += &format!(
                "- {}: {} instructions, {:.3} virtual seconds; trace: {} bytes of events, \
                 {} strings of {} bytes",
                r.case.name,
                thousands(rep.instructions),
                rep.virtual_seconds,
                thousands(rep.bytes),
                thousands(rep.strings),
                thousands(rep.string_bytes)
            );
            if let Some(t) = r.replay {
                out += &format!("; Replay::new {}", duration(t.index));
            }
            out += "\n";
        }
        out
    }

    fn markdown(rows: &[Vec<String>]) -> String {
        let widths: Vec<usize> = (0..rows[0].len())
            .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
            .collect();
        let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        let pad = |row: &Vec<String>| {
            row.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}")).collect::<Vec<_>>()
        };
        let mut out = line(pad(&rows[0]));
        out += &line(widths.iter().map(|w| "-".repeat(*w)).collect());
        for row in &rows[1..] {
            out += &line(pad(row));
        }
        out
    }

    pub fn time(side: Option<Side>) -> String {
        side.map_or("—".into(), |s| duration(s.seconds))
    }

    fn memory(side: Option<Side>) -> String {
        side.map_or("—".into(), |s| format!("{:.0} MiB", s.peak_rss_bytes as f64 / 1048576.0))
    }

    pub fn duration(seconds: f64) -> String {
        if seconds >= 1.0 {
            format!("{seconds:.2} s")
        } else if seconds >= 0.01 {
            format!("{:.0} ms", seconds * 1e3)
        } else {
            format!("{:.2} ms", seconds * 1e3)
        }
    }

    pub(super) fn thousands(n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    }
}

/// The parent side: options, the runs of every benchmark, the tables, the exit status.
#[cfg(not(target_arch = "wasm32"))]
mod parent {
    use super::cases::{self, Case, CASES};
    use super::results::CaseResult;
    use super::{runs, table};
    use std::process::ExitCode;

    const USAGE: &str = "\
usage: loopscope-bench [NAME...] [--runs N] [--python EXE] [--plain-python]

Runs each benchmark N times (default 3) on Loopscope (in a child process, trace on and off) and
on CPython (tests/conformance/harness.py's virtual clock), checks that they print the same, and
prints a Markdown table: best time, speed-up, peak memory, trace size, and every target.

  NAME            scheduling, fanout, compute, replay (default: all)
  --runs N        runs per benchmark and side (default 3)
  --python EXE    the CPython 3.11 to compare with (default python3)
  --plain-python  also time `python3 PROGRAM` without the harness (CPU seconds: it really sleeps)

exit status: 0 every target met, 1 a target missed, 2 an error (bad usage, a run failed, or
outputs differ)
";

    struct Options {
        cases: Vec<&'static Case>,
        runs: usize,
        python: String,
        plain: bool,
    }

    pub fn main(args: &[String]) -> ExitCode {
        let options = match parse(args) {
            Ok(Some(o)) => o,
            Ok(None) => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Err(e) => {
                eprint!("loopscope-bench: {e}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        let mut results = Vec::new();
        let mut errors = Vec::new();
        for case in &options.cases {
            match bench(case, &options) {
                Ok(r) => results.push(r),
                Err(e) => errors.push(format!("{}: {e}", case.name)),
            }
        }
        print_report(&results, &errors, options.plain)
    }

    /// `Ok(None)`: help was asked for.
    fn parse(args: &[String]) -> Result<Option<Options>, String> {
        let mut options =
            Options { cases: Vec::new(), runs: 3, python: "python3".into(), plain: false };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "-h" | "--help" => return Ok(None),
                "--plain-python" => options.plain = true,
                "--runs" => {
                    let v = it.next().ok_or("--runs needs a number")?;
                    options.runs = v.parse().ok().filter(|n| *n > 0).ok_or("bad --runs")?;
                }
                "--python" => options.python = it.next().ok_or("--python needs a path")?.clone(),
                other if other.starts_with('-') => return Err(format!("unknown option {other}")),
                name => options.cases.push(cases::find(name)?),
            }
        }
        if options.cases.is_empty() {
            options.cases = CASES.iter().collect();
        }
        Ok(Some(options))
    }

    /// All the runs of one benchmark.
    fn bench(case: &'static Case, options: &Options) -> Result<CaseResult, String> {
        eprintln!("{}: {}", case.name, case.about);
        let mut result = CaseResult::new(case);
        for run in 1..=options.runs {
            let on = runs::engine(case, true)?;
            result.add_trace_on(&on)?;
            let off = runs::engine(case, false)?;
            result.add_trace_off(&off)?;
            let mut line = format!(
                "  run {run}/{}: Loopscope {} (trace off {})",
                options.runs,
                table::duration(on.seconds),
                table::duration(off.seconds)
            );
            if case.with_cpython {
                let cpython = runs::cpython(case, &options.python)?;
                result.add_cpython(&cpython)?;
                line += &format!(", CPython {}", table::duration(cpython.seconds));
            }
            if let Some(t) = on.report.as_ref().and_then(|r| r.replay) {
                line += &format!(
                    "; state_at worst {}, p99 {}",
                    table::duration(t.worst),
                    table::duration(t.p99)
                );
            }
            if case.with_cpython && options.plain {
                let plain = runs::plain_python(case, &options.python)?;
                result.add_plain_python(&plain)?;
                line += &format!(", plain python3 {} CPU", table::duration(plain.seconds));
            }
            eprintln!("{line}");
        }
        Ok(result)
    }

    fn print_report(results: &[CaseResult], errors: &[String], plain: bool) -> ExitCode {
        let (targets, all_met) = table::targets(results);
        if !results.is_empty() {
            println!("{}", table::measurements(results, plain));
            println!("{targets}");
            print!("{}", table::details(results));
        }
        for e in errors {
            eprintln!("loopscope-bench: {e}");
        }
        if !errors.is_empty() {
            ExitCode::from(2)
        } else if all_met {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::report::{ReplayTimes, Report};

    #[test]
    fn harness_timestamps_are_stripped_and_nothing_else() {
        let stamped = "0.000 10000 49995000\n12.345 a 1.500 b\n\n1.000 \nx.123 y\n0.250 tail";
        let plain = super::runs::strip_timestamps(stamped);
        assert_eq!(plain, "10000 49995000\na 1.500 b\n\n\nx.123 y\ntail");
    }

    #[test]
    fn a_report_survives_the_trip_through_stderr() {
        let report = Report {
            seconds: 1.25,
            status: 0,
            events: 22_891_784,
            bytes: 81_897_066,
            strings: 30_015,
            string_bytes: 1_078_350,
            instructions: 19_170_068,
            virtual_seconds: 0.613,
            replay: Some(ReplayTimes {
                index: 0.15,
                worst: 0.0013,
                worst_step: 524_288,
                p99: 0.0011,
                mean: 0.0006,
                samples: 1001,
            }),
        };
        let stderr = format!("the program's own stderr\n{}\n", report.to_line());
        let back = Report::from_stderr(&stderr).expect("a report");
        assert_eq!(back.to_line(), report.to_line());
        assert!(Report::from_stderr("thread 'main' panicked\n").is_err());
    }

    #[test]
    fn replay_steps_cover_the_whole_run_and_stay_in_it() {
        let steps = super::child::sample_steps(1_005_956, 1000);
        assert_eq!(steps.len(), 1001);
        assert_eq!(steps[0], 0);
        assert!(steps.contains(&1_005_956));
        assert!(steps.iter().all(|&s| s <= 1_005_956));
        assert!(super::child::sample_steps(0, 1000).iter().all(|&s| s == 0));
    }

    #[test]
    fn counts_get_thousands_separators() {
        assert_eq!(super::table::thousands(0), "0");
        assert_eq!(super::table::thousands(999), "999");
        assert_eq!(super::table::thousands(1_005_956), "1,005,956");
    }
}
