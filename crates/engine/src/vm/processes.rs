//! Simulated processes (issue 14 item 4; tests/conformance/THREADS_MODEL.md section 2,
//! rules P1–P4).
//!
//! A process is a group of threads in the one thread table (`scheduler`) with what a program
//! can tell apart between processes: its own `__main__` globals, its own GIL, its own process
//! id. It starts as a **fork** does (CPython 3.11's default on Linux): its globals are a copy
//! of its parent's at that moment (`pickling::CopyRule::Fork`: the program's mutable values
//! copied, functions, classes and modules shared). Only the running process's globals are in
//! `__main__`'s slots; `switch_to` swaps them when the running thread belongs to another
//! process. Everything else of the heap (imported modules, the library's state) is shared:
//! a program that changes a module's attribute in a child is seen by its parent here, where
//! CPython would not show it (not modelled).
//!
//! **Cores (P2).** Each process's GIL holder needs one of the `virtual_cores`; with `k`
//! processes wanting to run, each runs at speed `min(1, N / k)` (processor sharing). The engine
//! runs one thread at a time, so it runs the processes in turn in slices of `SLICE_SECONDS`
//! of virtual time and charges each instruction `c / min(k, N)`: over a round every process
//! gets its share, and the clock moves as N cores would move it.

use super::pickling::{CopyMemo, CopyRule};
use super::scheduler::{LockCore, Mode, Status, ThreadRecord, Wait};
use super::value::Value;
use super::{PyResult, Vm};
use loopscope_trace::Event;
use std::rc::Rc;

/// The virtual time a process runs before the next process wanting a core gets it (only
/// when more processes than one want to run and instructions cost time). The finishing times
/// the model gives are exact up to one round of slices.
pub const SLICE_SECONDS: f64 = 0.000_05;

/// One process.
pub struct ProcessRecord {
    pub pid: i64,
    pub ppid: i64,
    /// `__main__`'s global slots while another process runs (`switch_to`).
    pub main_slots: Vec<Option<Value>>,
    /// The exit code once its main thread has ended.
    pub exitcode: Option<i64>,
    /// Held until it ends: what `join` waits on.
    pub sentinel: Rc<LockCore>,
    /// The thread of this process that holds its GIL (running, or ready after its slice of
    /// a core ended).
    pub gil_holder: Option<usize>,
    /// Its first thread: when that one ends, the process has ended.
    pub main_thread: usize,
    /// When its GIL last changed hands (G3's drop requests count from there).
    pub last_switch: f64,
}

/// The process table: the main process first.
pub struct Processes {
    pub records: Vec<ProcessRecord>,
}

impl Default for Processes {
    fn default() -> Self {
        let sentinel: Rc<LockCore> = Rc::default();
        sentinel.locked.set(true);
        let pid = crate::stdlib::os_module::PID;
        Processes {
            records: vec![ProcessRecord {
                pid,
                ppid: pid - 1,
                main_slots: Vec::new(),
                exitcode: None,
                sentinel,
                gil_holder: Some(super::scheduler::MAIN),
                main_thread: super::scheduler::MAIN,
                last_switch: 0.0,
            }],
        }
    }
}

impl Processes {
    /// Whether a child process was ever started.
    #[inline]
    pub fn active(&self) -> bool {
        self.records.len() > 1
    }

    pub fn by_pid(&self, pid: i64) -> Option<usize> {
        self.records.iter().position(|p| p.pid == pid)
    }
}

impl Vm {
    /// The process thread `t` belongs to.
    #[inline]
    pub(crate) fn process_of(&self, t: usize) -> usize {
        self.threads.records[t].process
    }

    /// The running process's id (`os.getpid()`).
    pub(crate) fn current_pid(&self) -> i64 {
        self.processes.records[self.process_of(self.threads.current)].pid
    }

    /// `os.getppid()`.
    pub(crate) fn current_ppid(&self) -> i64 {
        self.processes.records[self.process_of(self.threads.current)].ppid
    }

    /// `switch_to`'s part: the globals of `to`'s process go into `__main__`, padded to every
    /// name `__main__` has now (a name added after the fork is unset in the other process).
    pub(crate) fn switch_process(&mut self, from: usize, to: usize) {
        let (pf, pt) = (self.process_of(from), self.process_of(to));
        if pf == pt {
            return;
        }
        let incoming = std::mem::take(&mut self.processes.records[pt].main_slots);
        let outgoing = {
            let mut slots = self.main_module.slots.borrow_mut();
            let outgoing = std::mem::replace(&mut *slots, incoming);
            let names = self.main_module.names.borrow().len();
            if slots.len() < names {
                slots.resize(names, None);
            }
            outgoing
        };
        // An ended process's globals are dropped (its last thread is switching away).
        if self.processes.records[pf].exitcode.is_none() || pf == 0 {
            self.processes.records[pf].main_slots = outgoing;
        }
    }

    /// Starts a process whose main thread runs `func(*args)` (a fork: its `__main__` globals
    /// and `args` are copies, `CopyRule::Fork`). Like a new thread, it runs at once until it
    /// blocks, then its starter goes on (T2). Returns its pid.
    pub(crate) fn start_process(
        &mut self,
        func: Value,
        args: Vec<Value>,
        green: bool,
    ) -> PyResult<Value> {
        let mut memo = CopyMemo::default();
        let parent_slots: Vec<Option<Value>> = self.main_module.slots.borrow().clone();
        let mut child_slots = Vec::with_capacity(parent_slots.len());
        for slot in &parent_slots {
            child_slots.push(match slot {
                Some(v) => Some(self.copy_with(v, CopyRule::Fork, &mut memo)?),
                None => None,
            });
        }
        let mut child_args = Vec::with_capacity(args.len());
        for a in &args {
            child_args.push(self.copy_with(a, CopyRule::Fork, &mut memo)?);
        }
        let t = self.threads.records.len();
        let p = self.processes.records.len();
        let mut record =
            ThreadRecord::new(t, func, Mode::Unstarted { args: child_args, kwargs: None });
        record.process = p;
        let pid = record.native_id;
        let sentinel: Rc<LockCore> = Rc::default();
        sentinel.locked.set(true);
        let ppid = self.current_pid();
        let now = self.clock.now();
        self.processes.records.push(ProcessRecord {
            pid,
            ppid,
            main_slots: child_slots,
            exitcode: None,
            sentinel,
            gil_holder: None,
            main_thread: t,
            last_switch: now,
        });
        self.threads.records.push(record);
        self.threads.alive.push(t);
        self.emit(Event::ThreadStart { thread: t as u32 });
        self.emit(Event::ProcessStart { thread: t as u32, pid: u32::try_from(pid).unwrap_or(0) });
        self.hand_over_to_new(t, Value::Int(pid), false, green)
    }

    /// A process's main thread ended with `exitcode` (what its bootstrap returned): it is
    /// no longer alive and its joiners wake.
    pub(crate) fn end_process(&mut self, p: usize, exitcode: i64) {
        self.processes.records[p].exitcode = Some(exitcode);
        // Its daemon threads end with it (those waiting as data; one waiting inside a native
        // call further down the Rust stack cannot be taken off it and stays).
        let main = self.processes.records[p].main_thread;
        let others: Vec<usize> = self
            .threads
            .alive
            .iter()
            .copied()
            .filter(|&t| t != main && self.threads.records[t].process == p)
            .filter(|&t| !matches!(self.threads.records[t].mode, Mode::OnStack))
            .collect();
        for t in others {
            self.kill_thread(t);
        }
        let sentinel = self.processes.records[p].sentinel.clone();
        if sentinel.locked.get() {
            self.release_lock(&sentinel);
        }
    }

    /// Takes thread `t` (not running, waiting as data) out of the schedule: it ends where it
    /// waits, as a thread of a process that ended does.
    fn kill_thread(&mut self, t: usize) {
        if let Wait::Lock { lock, entry, .. } = &self.threads.records[t].wait {
            lock.remove_waiter(*entry);
        }
        self.threads.select_waiters.retain(|&(_, w)| w != t);
        let r = &mut self.threads.records[t];
        r.wait = Wait::Nothing;
        r.status = Status::Done;
        r.mode = Mode::OnStack;
        r.frames.clear();
        self.threads.ready.retain(|&x| x != t);
        self.threads.alive.retain(|&x| x != t);
        self.emit(Event::ThreadEnd { thread: t as u32 });
    }

    /// `Process.terminate()`/`kill()`: the process `p` ends at once with `exitcode` (minus the
    /// signal's number), wherever its threads are. One waiting inside a native call further
    /// down the Rust stack cannot be taken off it: unsupported.
    pub(crate) fn terminate_process(&mut self, p: usize, exitcode: i64) -> PyResult<()> {
        if p == 0 || self.processes.records[p].exitcode.is_some() {
            return Ok(());
        }
        let threads: Vec<usize> = self
            .threads
            .alive
            .iter()
            .copied()
            .filter(|&t| self.threads.records[t].process == p)
            .collect();
        let stuck = threads.iter().any(|&t| {
            t == self.threads.current || matches!(self.threads.records[t].mode, Mode::OnStack)
        });
        if stuck {
            return Err(self.unsupported_now(
                "terminating a process that is running or waits inside a native call",
            ));
        }
        for t in threads {
            self.kill_thread(t);
        }
        let record = &mut self.processes.records[p];
        record.main_slots = Vec::new();
        record.gil_holder = None;
        self.end_process(p, exitcode);
        Ok(())
    }

    /// For the deadlock report: `Process-1 (pid 4243)` when `t` is the first thread of a
    /// simulated process (its name from `multiprocessing`, when that knows the process).
    pub(crate) fn process_main_thread_name(&mut self, t: usize) -> Option<String> {
        let p = self.threads.records[t].process;
        if p == 0 || self.processes.records[p].main_thread != t {
            return None;
        }
        let pid = self.processes.records[p].pid;
        let name = self
            .modules
            .get("multiprocessing.process")
            .cloned()
            .and_then(|m| self.get_attr(&m, "_by_pid").ok())
            .and_then(|d| self.get_item(&d, &Value::Int(pid)).ok())
            .and_then(|proc_obj| self.get_attr(&proc_obj, "_name").ok())
            .and_then(|n| n.as_str().map(str::to_string))
            .unwrap_or_else(|| "a process".to_string());
        Some(format!("{name} (pid {pid})"))
    }

    /// How many processes want a core now: those of `running` (the thread that runs or is
    /// about to) and of the ready threads.
    fn processes_wanting_cores(&self, running: usize) -> usize {
        let mut seen: Vec<usize> = Vec::new();
        let candidates = std::iter::once(running).chain(self.threads.ready.iter().copied());
        for t in candidates {
            let r = &self.threads.records[t];
            if r.status == Status::Done || (t == running && r.status == Status::Blocked) {
                continue;
            }
            if !seen.contains(&r.process) {
                seen.push(r.process);
            }
        }
        seen.len().max(1)
    }

    /// Whether more processes want a core than there are cores (`running` included).
    pub(crate) fn cores_are_shared(&self, running: usize) -> bool {
        self.processes_wanting_cores(running) > self.config.virtual_cores.max(1) as usize
    }

    /// P2: the cost of one instruction with `k` processes sharing the cores, `running`
    /// being the thread that runs.
    pub(crate) fn update_core_share(&mut self, running: usize) {
        if !self.processes.active() {
            return;
        }
        let base = self.config.instr_cost_ns * 1e-9;
        if base == 0.0 {
            return;
        }
        let k = self.processes_wanting_cores(running) as f64;
        let cores = f64::from(self.config.virtual_cores.max(1));
        self.clock.set_cost_seconds(base / k.min(cores));
    }

    /// Whether a thread of another process than the running one is ready: the running
    /// thread's slice of a core ends after `SLICE_SECONDS`.
    pub(crate) fn other_process_ready(&self, running: usize) -> bool {
        let me = self.process_of(running);
        self.threads.ready.iter().any(|&t| self.threads.records[t].process != me)
    }
}
