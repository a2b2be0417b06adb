//! Instances of native classes: the Rust state behind `collections.deque`, the `itertools`
//! iterators, `sys.stdout`, `os.environ`.
//!
//! Such an object is an ordinary `Value::Instance` of a class whose methods are native
//! functions in its dict (so attribute lookup, `dir` and the dunder protocols work as for any
//! class), with its state in `InstanceObj::native`. The classes are made once per run, on
//! first use, by `Vm::native_class`; calling one calls its native `__new__`.

use super::instance_dict::InstanceDict;
use super::objects::{BuiltinObj, BuiltinType, ClassObj, InstanceObj, NativeFn};
use super::types::new_builtin_class;
use super::value::Value;
use super::{PyResult, Vm};
use crate::ExcKind;
use std::cell::RefCell;
use std::rc::Rc;

/// An iterator implemented in Rust (`itertools.count`, a deque's iterator, ...).
pub trait NativeIterator {
    /// The next item, `None` when exhausted. It may call back into Python.
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>>;

    /// The repr, when it is not the default `<module.name object at 0x...>`.
    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(None)
    }
}

/// Which standard stream a `sys.stdin`/`sys.stdout`/`sys.stderr` object is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

/// The Rust state of a native instance.
pub enum NativeState {
    /// An iterator; `None` while its `next` runs, so a re-entrant call is refused.
    Iter(RefCell<Option<Box<dyn NativeIterator>>>),
    Deque(RefCell<crate::stdlib::collections_module::Deque>),
    Stream(Stream),
    /// What a task schedules as its step (`TaskStepMethWrapper`, shown in `loop._ready`).
    TaskStep(Rc<crate::asyncio::future::FutureObj>),
    /// `os.environ`: a mapping of str to str.
    Environ(Rc<super::objects::DictObj>),
    /// A struct sequence (`sys.version_info`, `os.stat_result`): a tuple subclass with named
    /// fields; this is its tuple (what `builtin_subclass::base_of` gives).
    Struct(Value),
    /// A `random.Random` instance: its own Mersenne Twister.
    Random(RefCell<Box<crate::stdlib::random::Random>>),
    /// `property`, `classmethod`, `staticmethod`, a slot's member descriptor.
    Descriptor(super::descriptors::Descriptor),
    /// The built-in value an instance of a subclass of a built-in type extends.
    Base(Value),
    /// A `socket.socket` (issue 13).
    Socket(RefCell<crate::stdlib::socket_module::SockObj>),
    /// A `select.epoll` (issue 13).
    Epoll(RefCell<crate::stdlib::select_module::EpollObj>),
    /// A `select.poll` object: its registered fds and masks.
    Poll(RefCell<crate::stdlib::select_module::PollObj>),
    /// A `_thread.lock` (`reentrant` false) or `_thread.RLock` (issue 14).
    Lock {
        core: Rc<super::scheduler::LockCore>,
        reentrant: bool,
    },
    /// `contextvars`: a `Context`, a `ContextVar`, a `Token`.
    Context(crate::stdlib::contextvars_module::ContextObj),
    ContextVar(crate::stdlib::contextvars_module::ContextVarObj),
    Token(crate::stdlib::contextvars_module::TokenObj),
    /// A `struct.Struct`: its parsed format.
    Packer(Rc<crate::stdlib::struct_module::Layout>),
    /// A hash object of `_hashlib` or `_blake2`. Boxed: a hasher's state is hundreds of
    /// bytes, and every native instance (each socket, each future's transport) is as big as
    /// this enum's largest variant.
    Digest(Box<RefCell<crate::stdlib::digests::Hasher>>),
    /// A `weakref.ref`.
    WeakRef(crate::stdlib::weakref_module::WeakRefObj),
    /// A traceback object's frame: its code and where it was (`vm::traceback_obj`).
    Traceback(super::objects::TracebackEntry),
    /// A generator's frame object (`gi_frame`, `vm::frame_obj`).
    Frame(Rc<super::objects::GenObj>),
    /// A frame that finished by raising, as the exception's traceback keeps it (a failed
    /// task's `get_stack()`): its code, the line it stopped at and its caller's frame
    /// (`vm::frame_obj`).
    FinishedFrame(super::frame_obj::FinishedFrame),
    /// A running function's frame (`sys._getframe()`, `inspect.currentframe()`,
    /// `vm::frame_obj`).
    LiveFrame(super::frame_obj::LiveFrame),
    /// A `complex` number's real and imaginary parts (`vm::complex_type`).
    Complex(f64, f64),
}

// Every native instance is as big as the largest variant: a big state goes in a `Box`.
const _: () = assert!(std::mem::size_of::<NativeState>() <= 128);

/// A class of a native module: `module.name`, with `bases` (object when empty) and native
/// methods.
pub struct NativeClass {
    pub module: &'static str,
    pub name: &'static str,
    pub methods: &'static [(&'static str, NativeFn)],
    /// `__new__`, called with the class then the call's arguments.
    pub new: Option<NativeFn>,
}

impl Vm {
    /// The class `spec` describes, made on first use in this run.
    pub fn native_class(&mut self, spec: &NativeClass) -> Rc<ClassObj> {
        self.native_class_with_base(spec, None)
    }

    /// Like `native_class`, for a class deriving from a built-in class (`defaultdict` from
    /// `dict`).
    pub fn native_class_with_base(
        &mut self,
        spec: &NativeClass,
        base: Option<(Rc<ClassObj>, BuiltinType)>,
    ) -> Rc<ClassObj> {
        let key = (spec.module, spec.name);
        if let Some(c) = self.native_classes.get(&key) {
            return c.clone();
        }
        let (bases, layout) = match base {
            Some((b, layout)) => (vec![b], layout),
            None => (vec![self.types.object.clone()], BuiltinType::Native),
        };
        let class = new_builtin_class(spec.name, spec.module, bases, layout);
        {
            let mut dict = class.dict.borrow_mut();
            for (name, func) in spec.methods {
                let f = BuiltinObj { name, func: *func, bound: None, owner: spec.name };
                dict.insert((*name).into(), Value::Builtin(Rc::new(f)));
            }
            if let Some(new) = spec.new {
                let f =
                    BuiltinObj { name: "__new__", func: new, bound: None, owner: "staticmethod" };
                dict.insert("__new__".into(), Value::Builtin(Rc::new(f)));
            }
        }
        self.native_classes.insert(key, class.clone());
        class
    }

    /// A new instance of a native class with its state.
    pub fn new_native(&self, class: Rc<ClassObj>, state: NativeState) -> Value {
        Value::Instance(Rc::new(InstanceObj {
            dict: RefCell::new(InstanceDict::sharing(class.instance_layout())),
            class,
            exception: None,
            native: Some(Box::new(state)),
            finalized: std::cell::Cell::new(false),
        }))
    }

    /// A new native iterator of class `class`.
    pub fn new_native_iter(&self, class: Rc<ClassObj>, it: impl NativeIterator + 'static) -> Value {
        self.new_native(class, NativeState::Iter(RefCell::new(Some(Box::new(it)))))
    }

    /// The next item of a native iterator.
    pub(crate) fn native_next(
        &mut self,
        cell: &RefCell<Option<Box<dyn NativeIterator>>>,
    ) -> PyResult<Option<Value>> {
        let taken = cell.borrow_mut().take();
        let Some(mut it) = taken else {
            return Err(self.new_error(ExcKind::ValueError, "generator already executing"));
        };
        let r = it.next(self);
        *cell.borrow_mut() = Some(it);
        r
    }

    /// The repr of a native instance, `None` for the default one.
    pub(crate) fn native_repr(
        &mut self,
        v: &Value,
        state: &NativeState,
    ) -> PyResult<Option<String>> {
        match state {
            NativeState::Iter(cell) => {
                let taken = cell.borrow_mut().take();
                let Some(it) = taken else { return Ok(None) };
                let r = it.repr(self);
                *cell.borrow_mut() = Some(it);
                r
            }
            NativeState::Deque(_) => {
                crate::stdlib::collections_module::deque_repr(self, v).map(Some)
            }
            NativeState::Stream(s) => Ok(Some(crate::stdlib::std_streams::stream_repr(*s))),
            NativeState::Environ(d) => {
                let body = self.repr(&Value::Dict(d.clone()))?;
                Ok(Some(format!("environ({body})")))
            }
            NativeState::Random(_) => Ok(None),
            NativeState::Lock { core, reentrant } => {
                Ok(Some(crate::stdlib::thread_module::lock_repr(v, core, *reentrant)))
            }
            NativeState::Descriptor(d) => self.descriptor_repr(d),
            // A defaultdict subclass's repr names the subclass (`Tally(<class 'int'>, {})`).
            NativeState::Base(Value::Dict(d)) if d.is_defaultdict() => {
                let shown = self.repr(&Value::Dict(d.clone()))?;
                let name = self.class_of(v).name.clone();
                Ok(Some(match shown.strip_prefix("defaultdict(") {
                    Some(rest) => format!("{name}({rest}"),
                    None => shown,
                }))
            }
            NativeState::Base(b) => self.repr(b).map(Some),
            NativeState::Socket(s) => {
                let class = self.class_of(v);
                Ok(Some(crate::stdlib::socket_module::socket_repr(self, &class, s)))
            }
            NativeState::Epoll(e) => Ok(Some(crate::stdlib::select_module::epoll_repr(e))),
            NativeState::Context(_)
            | NativeState::TaskStep(_)
            | NativeState::Packer(_)
            | NativeState::Traceback(_)
            | NativeState::Poll(_) => Ok(None),
            NativeState::Frame(g) => Ok(Some(self.frame_repr(v, g))),
            NativeState::FinishedFrame(f) => Ok(Some(super::frame_obj::finished_frame_repr(v, f))),
            NativeState::LiveFrame(f) => Ok(Some(self.live_frame_repr(v, f))),
            NativeState::Digest(h) => Ok(crate::stdlib::hashlib_module::hash_repr(v, h)),
            NativeState::Complex(re, im) => Ok(Some(super::complex_type::complex_repr(*re, *im))),
            NativeState::WeakRef(w) => {
                crate::stdlib::weakref_module::weakref_repr(self, v, w).map(Some)
            }
            NativeState::ContextVar(var) => {
                crate::stdlib::contextvars_module::var_repr(self, v, var).map(Some)
            }
            NativeState::Token(token) => {
                crate::stdlib::contextvars_module::token_repr(self, v, token).map(Some)
            }
            NativeState::Struct(Value::Tuple(items)) => {
                let Value::Instance(inst) = v else { return Ok(None) };
                let fields = struct_fields(&inst.class);
                let mut parts = Vec::with_capacity(items.items.len());
                for (name, item) in fields.iter().zip(items.items.iter()) {
                    parts.push(format!("{name}={}", self.repr(item)?));
                }
                Ok(Some(format!("{}({})", c_type_name(&inst.class), parts.join(", "))))
            }
            NativeState::Struct(_) => Ok(None),
        }
    }

    /// A struct sequence `module.name` with these fields and values: it indexes, iterates,
    /// compares and hashes as a tuple, and has each field as an attribute.
    pub fn new_struct_seq(
        &mut self,
        spec: &NativeClass,
        fields: &[&str],
        values: Vec<Value>,
    ) -> Value {
        // A subclass of tuple, as CPython's struct sequences are (`isinstance(v, tuple)`,
        // sequence patterns, tuple's methods).
        let tuple = self.types.tuple.clone();
        let class = self.native_class_with_base(spec, Some((tuple, BuiltinType::Tuple)));
        if !class.dict.borrow().contains_key("_fields") {
            let names = fields.iter().map(|f| Value::str(f)).collect();
            class.dict.borrow_mut().insert("_fields".into(), Value::tuple(names));
            crate::vm::lookup_cache::class_dicts_changed();
        }
        let dict = fields
            .iter()
            .zip(values.iter())
            .map(|(f, v)| (Rc::<str>::from(*f), v.clone()))
            .collect::<crate::vm::objects::AttrDict>()
            .into();
        Value::Instance(Rc::new(InstanceObj {
            class,
            dict: RefCell::new(dict),
            exception: None,
            native: Some(Box::new(NativeState::Struct(Value::tuple(values)))),
            finalized: std::cell::Cell::new(false),
        }))
    }
}

/// The field names of a struct sequence's class.
fn struct_fields(class: &ClassObj) -> Vec<String> {
    match class.dict.borrow().get("_fields") {
        Some(Value::Tuple(t)) => {
            t.items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
        }
        _ => Vec::new(),
    }
}

/// A `time.struct_time`'s nine fields as a tuple, for its comparisons (it keeps them in its
/// dict; the struct sequences of `sys` and `os` are tuple subclasses, and compare as tuples).
fn struct_tuple(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) if i.class.builtin == BuiltinType::StructTime => {
            Some(Value::tuple(crate::stdlib::time_module::struct_time_fields(i)))
        }
        _ => None,
    }
}

fn struct_self(vm: &Vm, args: &super::Args) -> PyResult<Value> {
    args.pos
        .first()
        .and_then(struct_tuple)
        .ok_or_else(|| vm.new_error(ExcKind::TypeError, "a struct sequence is required"))
}

fn struct_compare(
    vm: &mut Vm,
    args: super::Args,
    op: crate::compiler::code::CmpOp,
) -> PyResult<Value> {
    let t = struct_self(vm, &args)?;
    super::call::check_arity(vm, "comparison", &args, 2, 2)?;
    let other = struct_tuple(&args.pos[1]).unwrap_or_else(|| args.pos[1].clone());
    if !matches!(other, Value::Tuple(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(op, &t, &other)
}

pub(crate) fn struct_eq(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    struct_compare(vm, args, crate::compiler::code::CmpOp::Eq)
}
pub(crate) fn struct_ne(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    struct_compare(vm, args, crate::compiler::code::CmpOp::Ne)
}
pub(crate) fn struct_lt(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    struct_compare(vm, args, crate::compiler::code::CmpOp::Lt)
}
pub(crate) fn struct_le(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    struct_compare(vm, args, crate::compiler::code::CmpOp::Le)
}
pub(crate) fn struct_gt(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    struct_compare(vm, args, crate::compiler::code::CmpOp::Gt)
}
pub(crate) fn struct_ge(vm: &mut Vm, args: super::Args) -> PyResult<Value> {
    struct_compare(vm, args, crate::compiler::code::CmpOp::Ge)
}

/// The type's name as CPython's messages print it (`tp_name`): classes written in C carry
/// their module (`'collections.deque'`, `'itertools.count'`, `'_io.TextIOWrapper'`), other
/// classes only their name. `os._Environ` and `socket.socket` (a subclass of `_socket.socket`)
/// are Python code in CPython.
pub fn c_type_name(class: &ClassObj) -> String {
    let c_level = match class.builtin {
        // `random.Random` is a Python class over `_random.Random` in CPython.
        BuiltinType::Native => !matches!(&*class.module, "builtins" | "os" | "socket" | "random"),
        // A struct sequence (`sys.version_info`, `os.stat_result`).
        BuiltinType::Tuple => {
            !class.is_user
                && &*class.module != "builtins"
                && class.dict.borrow().contains_key("_fields")
        }
        BuiltinType::Dict => !class.is_user && &*class.module == "collections",
        // `_asyncio.Future`/`Task`; asyncio's Python subclasses (`_GatheringFuture`) are not.
        BuiltinType::Future | BuiltinType::Task => &*class.module == "_asyncio",
        // `_asyncio.FutureIter`; the others are of builtins.
        BuiltinType::Iterator => &*class.module != "builtins",
        _ => false,
    };
    // (A program cannot define these: its modules are not named `datetime` or `collections`.)
    if c_level || library_class_written_in_c(class) {
        format!("{}.{}", class.module, class.name)
    } else {
        class.name.to_string()
    }
}

/// Whether `class` is one of the library's Python classes that CPython writes in C.
pub fn library_class_written_in_c(class: &ClassObj) -> bool {
    LIBRARY_CLASSES_WRITTEN_IN_C.contains(&(&*class.module, &*class.name))
}

/// Classes of the library's Python (crates/engine/lib) that are C types in CPython, whose
/// `tp_name` (in error messages: "unsupported operand type(s) for +: 'datetime.date' and
/// 'int'") carries the module.
const LIBRARY_CLASSES_WRITTEN_IN_C: &[(&str, &str)] = &[
    // `os.stat_result` is a struct sequence CPython makes in C (`posixmodule.c`).
    ("os", "stat_result"),
    // `os.scandir`'s types, C types of `posix` in CPython (lib/_os_library.py).
    ("posix", "DirEntry"),
    ("posix", "ScandirIterator"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("datetime", "tzinfo"),
    ("collections", "OrderedDict"),
    ("collections", "deque"),
    ("collections", "defaultdict"),
    ("functools", "partial"),
    ("re", "Pattern"),
    ("re", "Match"),
    ("operator", "itemgetter"),
    ("operator", "attrgetter"),
    ("operator", "methodcaller"),
    ("types", "SimpleNamespace"),
    ("decimal", "Decimal"),
    ("decimal", "Context"),
    ("_thread", "_local"),
    ("functools", "_lru_cache_wrapper"),
    ("_io", "FileIO"),
    ("_io", "BufferedReader"),
    ("_io", "BufferedWriter"),
    ("_io", "BufferedRandom"),
    ("_io", "BufferedRWPair"),
    ("_io", "TextIOWrapper"),
    ("_io", "StringIO"),
    ("_io", "BytesIO"),
];

/// The native state of a value, if it is a native instance.
pub fn native_state(v: &Value) -> Option<&NativeState> {
    match v {
        Value::Instance(inst) => inst.native.as_deref(),
        _ => None,
    }
}
