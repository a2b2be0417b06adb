//! The bytecode virtual machine: values, frames, the interpreter loop, and the built-in types.
//!
//! One `Vm` runs one program. It owns everything the program can reach: the frame stack, the
//! modules, the event loop's state, the virtual clock, the console and the trace recorder.
//! Python-to-Python calls never recurse in Rust (frames live on `Vm::frames`), so deep Python
//! recursion reaches `RecursionError` instead of overflowing the native stack.
//!
//! - `value`, `objects`: what values are; `hashing`, `numbers`: their semantics; `identity`:
//!   identity hashes fixed per run; `keys`: dict and set keys whose class defines
//!   `__hash__`/`__eq__`.
//! - `frame`, `interp`: frames and the instruction loop; `call`: argument binding;
//!   `generators`: send/throw/close of generators and coroutines; `thread`: the per-thread
//!   runtime record (running loop, current task).
//! - `types`: the built-in classes and the exception hierarchy; `exceptions`: raising,
//!   matching and formatting tracebacks; `warnings`: CPython's warning output.
//! - `builtins`: `print`, `len`, ...; `methods/`: the methods of str, list, dict, ...;
//!   `attrs`: attribute lookup; `ops`: operators on all types; `repr`: `str()` and `repr()`;
//!   `iter`: iteration; `classes`: user classes and instances; `modules`: imports;
//!   `settable`: the hash table of sets, which decides their iteration order; `sort`:
//!   CPython's timsort; `suggestions`: the "Did you mean" hints of tracebacks.

pub mod async_gen;
pub mod attr_site;
pub mod attrs;
pub mod builtin_docs;
pub mod builtin_subclass;
pub mod builtin_type_dicts;
pub mod builtins;
pub mod bytes;
pub mod call;
pub mod carets;
pub mod classes;
pub mod clinic;
pub mod complex_type;
pub mod context_managers;
pub mod coroutine_origin;
pub mod descriptors;
pub mod dict_table;
pub mod exception_groups;
pub mod exceptions;
pub mod float_hex;
pub mod formatting;
pub mod frame;
pub mod frame_obj;
pub mod generators;
pub mod hashing;
pub mod identity;
pub mod import_star;
pub mod index_protocol;
pub mod instance_dict;
pub mod interp;
pub mod iter;
pub mod keys;
pub mod lookup_cache;
pub mod metaclasses;
pub mod methods;
pub mod modules;
pub mod names;
pub mod namespaces;
pub mod native;
pub mod nesting;
pub mod numbers;
pub mod objects;
pub mod operator_slots;
pub mod ops;
pub mod os_error;
pub mod pattern_match;
pub mod pickling;
pub mod processes;
pub mod py_signature;
pub mod repr;
pub mod scheduler;
pub mod settable;
pub mod sort;
pub mod suggestions;
pub mod text_codecs;
pub mod thread;
pub mod traceback_obj;
pub mod tracing;
pub mod trashcan;
pub mod types;
pub mod value;
pub mod warnings;

use crate::asyncio::AsyncioState;
use crate::clock::Clock;
use crate::config::RunConfig;
use crate::console::Console;
use crate::frontend::SourceText;
use crate::stdlib::random::Random;
use frame::Frame;
use loopscope_trace::TraceRecorder;
use objects::ModuleObj;
use rustc_hash::FxHashMap;
use std::rc::Rc;
use types::Types;
use value::Value;

/// The kinds of objects that get serial numbers (each kind counts from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Serial {
    Frame = 0,
    Coroutine = 1,
    Future = 2,
    Handle = 3,
    Loop = 4,
}

/// Why a run stopped before the program finished, when it is not a Python exception.
#[derive(Debug, Clone, PartialEq)]
pub enum Abort {
    /// The instruction, time, output or trace budget ran out (exit status 124).
    Budget(String),
    /// The program used something Loopscope does not support (exit status 2).
    Unsupported { construct: String, line: u32 },
    /// Nothing could ever wake the event loop (exit status 3); the message lists the tasks.
    Deadlock(String),
    /// Not a stop: the running thread blocked green in a call its frame made directly
    /// (`scheduler`). The instruction loop turns it into `Exit::Blocked`; nothing else sees it.
    Blocked,
    /// Not a stop: the main thread ended while daemon threads waited inside native calls
    /// below it on the Rust stack. Their stacks unwind to the top-level scheduler, which
    /// returns the main thread's exit (`scheduler::run_others`); nothing else sees it.
    MainThreadExited,
}

/// An error unwinding the Python stack: a Python exception, which `try` can catch, or an
/// abort, which nothing catches.
#[derive(Clone)]
pub enum PyErr {
    Exception(Value),
    Abort(Rc<Abort>),
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PyErr::Exception(v) => write!(f, "Exception({})", v.debug_repr()),
            PyErr::Abort(a) => write!(f, "Abort({a:?})"),
        }
    }
}

pub type PyResult<T> = Result<T, PyErr>;

/// The arguments of a call, borrowed from wherever the caller keeps them.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional arguments (for a method, `self` first).
    pub pos: &'a [Value],
    /// Keyword argument names (`str` values) and their values, in call order.
    pub kw_names: &'a [Value],
    pub kw_values: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(pos: &'a [Value]) -> Self {
        Args { pos, kw_names: &[], kw_values: &[] }
    }

    pub fn has_keywords(&self) -> bool {
        !self.kw_names.is_empty()
    }

    /// The value passed for keyword `name`, if any.
    pub fn keyword(&self, name: &str) -> Option<&'a Value> {
        self.kw_names.iter().position(|n| keyword_text(n) == name).map(|i| &self.kw_values[i])
    }

    /// The keywords as (name, value) pairs.
    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        self.kw_names.iter().map(keyword_text).zip(self.kw_values.iter())
    }
}

/// A keyword's name: a str, or an instance of a str subclass from a `**mapping` (a
/// `StrEnum` member), which CPython binds by its text.
#[inline]
pub(crate) fn keyword_text(name: &Value) -> &str {
    builtin_subclass::str_value(name).unwrap_or("")
}

pub struct Vm {
    /// The frames of the callers of the frame the interpreter loop is running. Boxed because
    /// frames move between this stack and suspended generators; a move is then a pointer copy.
    #[allow(clippy::vec_box)]
    pub(crate) frames: Vec<Box<Frame>>,
    pub types: Types,
    pub(crate) builtins: Rc<ModuleObj>,
    pub(crate) modules: FxHashMap<String, Value>,
    pub main_module: Rc<ModuleObj>,
    pub source: Rc<SourceText>,
    pub config: RunConfig,
    /// The virtual clock, which also counts the instructions executed (`Vm::instructions`).
    pub clock: Clock,
    pub console: Console,
    pub trace: TraceRecorder,
    /// `trace`'s string ids of the commonest constants' reprs (`tracing::ConstantReprIds`).
    pub(crate) constant_repr_ids: tracing::ConstantReprIds,
    pub(crate) callback_label_ids: tracing::CallbackLabelIds,
    pub(crate) asyncio: AsyncioState,
    /// The running thread's record: its running loop, current task and callback depth.
    pub(crate) thread: thread::ThreadState,
    /// Every thread of execution; the running one's stack and record are `frames` and
    /// `thread` (`scheduler`).
    pub(crate) threads: scheduler::Threads,
    /// Simulated processes (issue 14 item 4): `processes`.
    pub(crate) processes: processes::Processes,
    /// What `pickle.dumps` kept (`stdlib::pickle_module`).
    pub(crate) pickled: Vec<value::Value>,
    /// What `pickle.dumps` kept of an object whose class sets its own state
    /// (`__getstate__`/`__setstate__`/`__getnewargs__`): its `__new__` arguments and state,
    /// by the address of the bare instance standing for it among `pickled`
    /// (`pickling::copy_with_state`); `pickle.loads` rebuilds it from them.
    pub(crate) pickled_states: rustc_hash::FxHashMap<usize, (value::Value, value::Value)>,
    /// What `pickle.dumps` kept of an object that reduces itself (`__reduce__`'s callable,
    /// arguments, state, list and dict items, copied), by the address of the bare instance
    /// standing for it; `pickle.loads` calls the callable (`vm::pickling`).
    pub(crate) pickled_reductions: rustc_hash::FxHashMap<usize, Vec<value::Value>>,
    /// How many interpreter loops (`execute`) are active on the Rust stack.
    pub(crate) exec_depth: u32,
    /// How deep native work over nested objects is (`vm::nesting`).
    pub(crate) native_nesting: u32,
    /// The native function being called was called directly by a `CALL` of the running frame
    /// (cleared by every call native code makes): it may block its thread green.
    pub(crate) direct_call: bool,
    /// A call made by an instruction other than `CALL`/`CALL_FUNCTION_EX` is running (a
    /// `with`'s `__enter__`/`__exit__`): it cannot run again by the instruction stepping back
    /// onto itself, so a blocking socket call it makes directly waits nested (`Wait::Net`).
    pub(crate) call_unrepeatable: bool,
    /// A blocking socket call just blocked its thread green and asks its `CALL` to run again
    /// when the thread resumes (`Wait::Net`).
    pub(crate) retry_blocked_call: bool,
    /// `tracemalloc.start(nframe)`'s `nframe` while tracing, else 0
    /// (`stdlib::tracemalloc_module`): each new coroutine then records where it was made.
    pub(crate) tracemalloc_frames: u16,
    /// `sys.get_coroutine_origin_tracking_depth()` (`vm::coroutine_origin`): while above 0,
    /// each new coroutine records that many frames of where it was made.
    pub(crate) coroutine_origin_depth: u32,
    /// Names a `from module import *` would bind in CPython but this module lacks, with
    /// the module: using one is "not supported yet" (`vm::import_star`).
    pub(crate) star_missing: std::collections::HashMap<Rc<str>, Rc<str>>,
    /// `atexit.register`'s calls in registration order; `unregister` empties a slot.
    pub(crate) exit_callbacks: Vec<Option<crate::stdlib::atexit_module::ExitCallback>>,
    /// `gc.enable()`/`disable()` and `set_threshold()`: reported back, nothing else.
    pub(crate) gc_settings: crate::stdlib::gc_module::GcSettings,
    /// The loop the trace's loop events concern (serial; 0 before the first).
    pub(crate) trace_loop: u32,
    pub(crate) random: Random,
    /// `os.urandom`'s bytes: a generator of its own, seeded alike in every run, so drawing
    /// them leaves `random`'s sequence alone (as the kernel's pool does in CPython).
    pub(crate) urandom: Random,
    /// Serial numbers of frames, coroutines, futures, handles and loops, one counter per kind
    /// so that the trace's ids are dense and its deltas small.
    serials: [u32; 5],
    /// Warnings already shown, by (message, line): CPython's default filter shows each once.
    pub(crate) warnings_shown: rustc_hash::FxHashSet<(String, u32)>,
    /// A reusable buffer for call arguments.
    pub(crate) arg_buf: Vec<Value>,
    pub(crate) empty_tuple: Rc<value::TupleObj>,
    /// The instruction count at which budgets are checked next.
    pub(crate) budget_check_at: u64,
    /// When `check_budgets` next tells `config.progress` how far the run got.
    pub(crate) next_progress_at: u64,
    /// Objects whose repr is being computed (to print `[...]` for recursive containers).
    pub(crate) repr_in_progress: Vec<usize>,
    /// While set, frames deeper than this are not recorded (the line cap was reached).
    pub(crate) trace_suppressed_below: Option<usize>,
    /// A task's step is resuming its await chain and nothing else was recorded since: each
    /// frame resumed is one the trace's reader derives (see `trace::codec`).
    pub(crate) trace_resuming_chain: bool,
    /// The instruction count when recording was suppressed.
    pub(crate) coalesce_from: u64,
    pub diagnostics: Vec<tracing::Diagnostic>,
    /// Placeholder frames for the interpreter loop's frame slot (see `interp::park`).
    #[allow(clippy::vec_box)]
    pub(crate) spare_frames: Vec<Box<Frame>>,
    /// The frames (and runner states) of daemon threads the program's end left inside
    /// native calls (`Abort::MainThreadExited`): kept, with all they reference, until the
    /// run is over, as CPython never frees a daemon thread's frames.
    pub(crate) abandoned: Vec<Box<dyn std::any::Any>>,
    /// Ended frames, reused by the next calls (see `FramePool`).
    pub(crate) frame_pool: frame::FramePool,
    /// Argument buffers of bound calls, reused by the next ones (`Vm::call_bound`).
    pub(crate) spare_arg_vecs: Vec<Vec<Value>>,
    /// The classes of native modules made so far, by (module, name) (see `native`).
    pub(crate) native_classes:
        rustc_hash::FxHashMap<(&'static str, &'static str), Rc<objects::ClassObj>>,
    /// `sys.modules`, once `sys` is imported: imports keep it current.
    pub(crate) sys_modules: Option<Rc<objects::DictObj>>,
    /// `sys.getswitchinterval()` (threads are not modelled; the value is only kept).
    pub(crate) switch_interval: f64,
    /// Class bodies running in a namespace a metaclass's `__prepare__` made (a dict subclass
    /// with its own `__setitem__`): the dict the body's frame reads and the mapping whose
    /// methods its stores go through (`metaclasses::prepare_namespace`).
    pub(crate) custom_namespaces: Vec<(Rc<objects::DictObj>, Value)>,
    /// What the traceback of a `SystemExit` escaping the event loop keeps alive in CPython
    /// (the task whose step raised it), released at interpreter shutdown.
    pub(crate) exit_keepalive: Vec<Value>,
    /// Exceptions that keep the locals of frames they left (`ExceptionState::kept_locals`),
    /// weakly: interpreter shutdown frees those locals, as CPython's last garbage collection
    /// frees what a reference cycle through a traceback holds.
    pub(crate) keeping_locals: exceptions::KeptLocals,
    /// The virtual network (made on the first socket): `stdlib::net`.
    pub(crate) net: crate::stdlib::net::NetState,
}

impl Vm {
    pub fn new(source: Rc<SourceText>, config: RunConfig) -> Vm {
        // `sys.set_int_max_str_digits` of an earlier run on this thread does not carry over.
        loopscope_pyfmt::set_int_max_str_digits(loopscope_pyfmt::INT_MAX_STR_DIGITS);
        let types = Types::new();
        let builtins = Rc::new(ModuleObj::new("builtins"));
        let main_module = Rc::new(ModuleObj::new("__main__"));
        let clock = Clock::new(config.instr_cost_ns);
        let trace = TraceRecorder::new(config.trace, config.line_events_per_callback);
        let mut vm = Vm {
            frames: Vec::new(),
            types,
            builtins,
            modules: FxHashMap::default(),
            main_module,
            source,
            config,
            clock,
            console: Console::default(),
            trace,
            constant_repr_ids: Default::default(),
            callback_label_ids: Default::default(),
            asyncio: AsyncioState::default(),
            thread: thread::ThreadState::default(),
            threads: scheduler::Threads::default(),
            processes: processes::Processes::default(),
            pickled: Vec::new(),
            pickled_states: Default::default(),
            pickled_reductions: Default::default(),
            exec_depth: 0,
            native_nesting: 0,
            direct_call: false,
            call_unrepeatable: false,
            retry_blocked_call: false,
            tracemalloc_frames: 0,
            coroutine_origin_depth: 0,
            star_missing: Default::default(),
            exit_callbacks: Vec::new(),
            gc_settings: Default::default(),
            trace_loop: 0,
            random: Random::default(),
            urandom: Random::for_urandom(),
            serials: [0; 5],
            warnings_shown: Default::default(),
            arg_buf: Vec::new(),
            empty_tuple: Rc::new(value::TupleObj::new(Vec::new())),
            budget_check_at: 0,
            next_progress_at: crate::config::PROGRESS_EVERY_INSTRUCTIONS,
            repr_in_progress: Vec::new(),
            trace_suppressed_below: None,
            trace_resuming_chain: false,
            coalesce_from: 0,
            diagnostics: Vec::new(),
            spare_frames: Vec::new(),
            abandoned: Vec::new(),
            frame_pool: Default::default(),
            spare_arg_vecs: Vec::new(),
            native_classes: Default::default(),
            sys_modules: None,
            switch_interval: 0.005,
            custom_namespaces: Vec::new(),
            exit_keepalive: Vec::new(),
            keeping_locals: Default::default(),
            net: Default::default(),
        };
        builtins::install(&mut vm);
        crate::asyncio::api::install_methods(&vm.types);
        crate::stdlib::time_module::install_methods(&vm.types);
        vm
    }

    /// Instructions executed so far.
    #[inline]
    pub fn instructions(&self) -> u64 {
        self.clock.instructions()
    }

    pub(crate) fn next_serial(&mut self, kind: Serial) -> u32 {
        let counter = &mut self.serials[kind as usize];
        *counter += 1;
        *counter
    }

    /// The finished trace.
    pub fn into_trace(self) -> loopscope_trace::Trace {
        self.trace.finish()
    }

    /// The line of the innermost Python frame (the caller of a native function).
    pub fn current_line(&self) -> u32 {
        self.frames.last().map(|f| f.current_line()).unwrap_or(0)
    }
}
