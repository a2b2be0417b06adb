//! The benchmarks: which program, which targets, and where the files live.

use std::path::PathBuf;

/// One goal the project set.
#[derive(Debug, Clone, Copy)]
pub enum Target {
    /// Loopscope, trace on, at least this many times as fast as CPython (1.0: no slower;
    /// 0.2: at most five times slower, a bound that catches time growing with the square).
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
        name: "timers_same_instant",
        about: "300,000 tasks sleeping the same second, gathered: one cycle fires every timer",
        targets: &[Target::FasterThanCpython(5.0)],
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
        name: "linear_patterns",
        about: "eight loops once quadratic here (string building, non-ASCII indexing, memory \
                files, searches, comparisons, struct records, lock waiters) at 100,000 items",
        targets: &[Target::FasterThanCpython(0.2)],
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

/// The repository this binary was built from (this crate sits in `crates/bench`): programs
/// and harness are read from there.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("..")
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
