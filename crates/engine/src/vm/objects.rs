//! The heap objects behind `Value`: containers, functions, classes, instances, modules,
//! generators and iterators.
//!
//! Naming: the struct a `Value` variant points to is named after the variant with the suffix
//! `Obj` (`Value::List(Rc<ListObj>)`, `Value::Gen(Rc<GenObj>)`, `Value::Future(Rc<FutureObj>)`),
//! so the Rust name of a Python object's type is always one step from its variant.

use super::dict_table::DictTable;
use super::frame::Frame;
use super::names::ByName;
use super::settable::SetTable;
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::compiler::code::CodeObj;
use crate::memory;
use indexmap::IndexMap;
use std::cell::{Cell, RefCell};
use std::hash::BuildHasherDefault;
use std::rc::Rc;

/// A class's or an instance's `__dict__`: names to values in insertion order. Hashed with Fx,
/// not SipHash: attribute lookups walk the MRO, one hash per class, and a name is never
/// attacker-chosen here (the iteration order is the insertion order either way).
pub type AttrDict = IndexMap<Rc<str>, Value, rustc_hash::FxBuildHasher>;

/// Hash maps keyed by `HashedKey` use the Python hash computed up front.
pub type PyHashBuilder = BuildHasherDefault<super::hashing::PassThroughHasher>;

/// Approximate bytes per slot of a list (one value) and of a dict or set (key, value, hash
/// and index), for the memory count in `engine::memory`.
pub const LIST_SLOT_BYTES: usize = 16;
pub const DICT_SLOT_BYTES: usize = 48;

pub struct ListObj {
    pub items: RefCell<Vec<Value>>,
}

impl ListObj {
    pub fn new(items: Vec<Value>) -> Self {
        memory::force_charge(items.capacity() * LIST_SLOT_BYTES);
        ListObj { items: RefCell::new(items) }
    }

    /// Mutates the items and counts any growth of the allocation; false if the program is now
    /// over its memory budget.
    pub fn mutate<R>(&self, f: impl FnOnce(&mut Vec<Value>) -> R) -> (R, bool) {
        let mut items = self.items.borrow_mut();
        let before = items.capacity();
        let r = f(&mut items);
        (r, account_growth(before, items.capacity(), LIST_SLOT_BYTES))
    }
}

impl Drop for ListObj {
    fn drop(&mut self) {
        let items = std::mem::take(self.items.get_mut());
        memory::release(items.capacity() * LIST_SLOT_BYTES);
        // CPython's `list_dealloc` frees the items last to first (what a dying item reports,
        // "Task exception was never retrieved", comes in that order).
        super::trashcan::dispose(items.into_iter().rev());
    }
}

/// Counts the change of an allocation from `before` to `after` slots.
pub(crate) fn account_growth(before: usize, after: usize, slot: usize) -> bool {
    if after > before {
        let grown = (after - before) * slot;
        if !memory::charge(grown) {
            memory::force_charge(grown);
            return false;
        }
    } else if after < before {
        memory::release((before - after) * slot);
    }
    true
}

pub struct DictObj {
    pub map: RefCell<DictTable>,
    /// A key whose equality needs the interpreter (an instance with `__eq__`) was looked up
    /// or stored: a built-in key must then be compared with the equal-hashed keys too
    /// (`vm::keys`), as a `Fraction(1, 2)` key is found by `0.5`.
    pub vm_keys: Cell<bool>,
    /// Set for a dict whose class is not `dict` itself (a `collections.defaultdict`).
    pub extra: Option<Box<DictExtra>>,
}

/// What a `collections.defaultdict` adds to a dict: its class and its `default_factory`;
/// or, for the dict `globals()` returns, the module its writes go through to; or, for an
/// instance's or a function's `__dict__`, that object.
pub struct DictExtra {
    pub class: Rc<ClassObj>,
    pub default_factory: RefCell<Value>,
    pub globals_of: Option<std::rc::Weak<ModuleObj>>,
    pub attrs_of: Option<AttrsOwner>,
}

/// The object whose attributes an `obj.__dict__` dict mirrors.
pub enum AttrsOwner {
    Instance(std::rc::Weak<InstanceObj>),
    Function(std::rc::Weak<FunctionObj>),
}

impl DictObj {
    pub fn new() -> Self {
        DictObj { map: RefCell::new(DictTable::default()), vm_keys: Cell::new(false), extra: None }
    }

    /// An empty dict of class `class` (a `defaultdict`) with this `default_factory`.
    pub fn with_default_factory(class: Rc<ClassObj>, factory: Value) -> Self {
        DictObj {
            map: RefCell::new(DictTable::default()),
            vm_keys: Cell::new(false),
            extra: Some(Box::new(DictExtra {
                class,
                default_factory: RefCell::new(factory),
                globals_of: None,
                attrs_of: None,
            })),
        }
    }

    /// The dict `globals()` returns for `module` (class `dict`): a copy of its names whose
    /// item writes and deletions also change the module's globals.
    pub fn module_globals(dict_class: Rc<ClassObj>, module: &Rc<ModuleObj>) -> Self {
        DictObj {
            map: RefCell::new(DictTable::default()),
            vm_keys: Cell::new(false),
            extra: Some(Box::new(DictExtra {
                class: dict_class,
                default_factory: RefCell::new(Value::None),
                globals_of: Some(Rc::downgrade(module)),
                attrs_of: None,
            })),
        }
    }

    /// The dict `obj.__dict__` returns (class `dict`): a copy of the instance's (or the
    /// function's) attributes whose item writes (`update`, `d[k] = v`) and deletions also
    /// change the object.
    pub fn object_attrs(dict_class: Rc<ClassObj>, owner: AttrsOwner) -> Self {
        DictObj {
            map: RefCell::new(DictTable::default()),
            vm_keys: Cell::new(false),
            extra: Some(Box::new(DictExtra {
                class: dict_class,
                default_factory: RefCell::new(Value::None),
                globals_of: None,
                attrs_of: Some(owner),
            })),
        }
    }

    /// A defaultdict's `default_factory` (`None` for any other dict).
    pub fn default_factory(&self) -> Value {
        match self.extra.as_ref().filter(|_| self.is_defaultdict()) {
            Some(extra) => extra.default_factory.borrow().clone(),
            None => Value::None,
        }
    }

    /// A `collections.defaultdict` (or subclass), not a plain, globals or `__dict__` dict.
    pub fn is_defaultdict(&self) -> bool {
        self.extra.as_ref().is_some_and(|e| e.globals_of.is_none() && e.attrs_of.is_none())
    }

    /// A store through this dict reaches the module, instance or function it stands for.
    pub fn mirror_store(&self, key: &Value, value: &Value) {
        let Value::Str(name) = key else { return };
        if let Some(module) = self.globals_of() {
            module.set(name.as_str(), value.clone());
        }
        match self.extra.as_ref().and_then(|e| e.attrs_of.as_ref()) {
            Some(AttrsOwner::Instance(inst)) => {
                if let Some(inst) = inst.upgrade() {
                    let key = super::names::key_for(name.as_str());
                    let old = inst.dict.borrow_mut().insert(key, value.clone());
                    drop(old);
                }
            }
            Some(AttrsOwner::Function(f)) => {
                if let Some(f) = f.upgrade() {
                    let old = f.attrs.borrow_mut().insert(Rc::from(name.as_str()), value.clone());
                    drop(old);
                }
            }
            None => {}
        }
    }

    /// A deletion through this dict reaches the module, instance or function it stands for.
    pub fn mirror_delete(&self, key: &Value) {
        let Value::Str(name) = key else { return };
        if let Some(module) = self.globals_of() {
            module.unset(name.as_str());
        }
        match self.extra.as_ref().and_then(|e| e.attrs_of.as_ref()) {
            Some(AttrsOwner::Instance(inst)) => {
                if let Some(inst) = inst.upgrade() {
                    let old = inst.dict.borrow_mut().shift_remove(name.as_str());
                    drop(old);
                }
            }
            Some(AttrsOwner::Function(f)) => {
                if let Some(f) = f.upgrade() {
                    let old = f.attrs.borrow_mut().shift_remove(name.as_str());
                    drop(old);
                }
            }
            None => {}
        }
    }

    /// The module whose globals this dict mirrors (`globals()`), while it lives.
    pub fn globals_of(&self) -> Option<Rc<ModuleObj>> {
        self.extra.as_ref()?.globals_of.as_ref()?.upgrade()
    }

    /// Like `ListObj::mutate`, for the dict's entries.
    pub fn mutate<R>(&self, f: impl FnOnce(&mut DictTable) -> R) -> (R, bool) {
        let mut map = self.map.borrow_mut();
        let before = map.capacity();
        let r = f(&mut map);
        (r, account_growth(before, map.capacity(), DICT_SLOT_BYTES))
    }
}

impl Drop for DictObj {
    fn drop(&mut self) {
        let map = std::mem::take(self.map.get_mut());
        memory::release(map.capacity() * DICT_SLOT_BYTES);
        super::trashcan::dispose(map.into_iter().flat_map(|(k, v)| [k.value, v]));
    }
}

impl Default for DictObj {
    fn default() -> Self {
        Self::new()
    }
}

pub struct SetObj {
    pub items: RefCell<SetTable>,
    pub frozen: bool,
    /// As `DictObj::vm_keys`.
    pub vm_keys: Cell<bool>,
}

impl SetObj {
    pub fn new(frozen: bool) -> Self {
        memory::force_charge(8 * DICT_SLOT_BYTES);
        SetObj { items: RefCell::new(SetTable::new()), frozen, vm_keys: Cell::new(false) }
    }

    /// A set holding `table`.
    pub fn with_table(table: SetTable, frozen: bool) -> Self {
        memory::force_charge(table.capacity() * DICT_SLOT_BYTES);
        SetObj { items: RefCell::new(table), frozen, vm_keys: Cell::new(false) }
    }

    /// Like `ListObj::mutate`, for the set's items.
    pub fn mutate<R>(&self, f: impl FnOnce(&mut SetTable) -> R) -> (R, bool) {
        let mut items = self.items.borrow_mut();
        let before = items.capacity();
        let r = f(&mut items);
        (r, account_growth(before, items.capacity(), DICT_SLOT_BYTES))
    }
}

impl Drop for SetObj {
    fn drop(&mut self) {
        memory::release(self.items.get_mut().capacity() * DICT_SLOT_BYTES);
    }
}

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A cell holding a variable captured by a closure.
pub type CellRef = Rc<RefCell<Option<Value>>>;

pub struct FunctionObj {
    pub code: Rc<CodeObj>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// `__defaults__`: the last positional parameters' defaults (a program may replace them).
    pub defaults: RefCell<Option<Rc<super::value::TupleObj>>>,
    /// `__kwdefaults__`: the keyword-only parameters' defaults, by name (likewise).
    pub kwdefaults: RefCell<Option<KwDefaults>>,
    pub closure: Vec<CellRef>,
    pub module: Rc<ModuleObj>,
    /// `__annotations__`, and the attributes the program set (`__wrapped__`, or a new
    /// `__name__`/`__qualname__`/`__doc__`, as `functools.wraps` does): they win over the ones
    /// the function is made with.
    pub attrs: RefCell<AttrDict>,
}

impl FunctionObj {
    /// How many positional defaults there are (`__defaults__`'s length).
    #[inline]
    pub fn default_count(&self) -> usize {
        self.defaults.borrow().as_ref().map_or(0, |t| t.items.len())
    }

    /// The default of positional parameter `i` of `nargs`, if it has one: the defaults are
    /// the last parameters' (a longer `__defaults__` aligns on its end, as in CPython).
    #[inline]
    pub fn default_of(&self, i: usize, nargs: usize) -> Option<Value> {
        let defaults = self.defaults.borrow();
        let items = &defaults.as_ref()?.items;
        (i + items.len()).checked_sub(nargs).and_then(|at| items.get(at)).cloned()
    }

    /// The default of keyword-only parameter `name`, if it has one.
    pub fn kwdefault_of(&self, name: &str) -> Option<Value> {
        let kwdefaults = self.kwdefaults.borrow();
        kwdefaults.as_ref()?.iter().find(|(k, _)| &**k == name).map(|(_, v)| v.clone())
    }

    /// An attribute set on the function by the program.
    #[inline]
    pub fn attr(&self, name: &str) -> Option<Value> {
        let attrs = self.attrs.borrow();
        // Most functions have none: every coroutine made asks for two names.
        if attrs.is_empty() {
            return None;
        }
        attrs.get(name).cloned()
    }

    /// `__name__`, as the program may have replaced it.
    pub fn display_name(&self) -> Rc<str> {
        match self.attr("__name__") {
            Some(Value::Str(s)) => Rc::from(s.as_str()),
            _ => self.name.clone(),
        }
    }

    /// `__qualname__`, as the program may have replaced it.
    pub fn display_qualname(&self) -> Rc<str> {
        match self.attr("__qualname__") {
            Some(Value::Str(s)) => Rc::from(s.as_str()),
            _ => self.qualname.clone(),
        }
    }
}

/// Keyword-only parameters' defaults, by name.
pub type KwDefaults = Vec<(Rc<str>, Value)>;

/// Keyword-only defaults by name, from a dict (a key that is not a string names no
/// parameter).
pub fn kwdefaults_from(d: &DictObj) -> KwDefaults {
    d.map
        .borrow()
        .iter()
        .map(|(k, v)| (Rc::<str>::from(k.value.as_str().unwrap_or("")), v.clone()))
        .collect()
}

/// A function implemented in Rust. `args` includes `self` first for methods.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// A built-in function or method (`builtin_function_or_method`): `len`, `lst.append`.
pub struct BuiltinObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// The object a method was taken from (`lst.append` remembers `lst`).
    pub bound: Option<Value>,
    /// The owning type or module name, for reprs (`<built-in method append of list object>`).
    pub owner: &'static str,
}

impl BuiltinObj {
    /// The one unbound built-in `owner.name`: a type's slot wrappers and `object`'s methods
    /// are made when asked for, but CPython's are objects in the type's dict, so that
    /// `Plain.__repr__ is object.__repr__` (the "does it override?" test) holds. Such an
    /// object holds no value of a run, so one per thread serves every run.
    pub fn unbound(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
        thread_local! {
            static MADE: RefCell<
                std::collections::HashMap<(&'static str, &'static str), Rc<BuiltinObj>>,
            > = RefCell::new(std::collections::HashMap::new());
        }
        let made = MADE.with(|made| {
            made.borrow_mut()
                .entry((owner, name))
                .or_insert_with(|| Rc::new(BuiltinObj { name, func, bound: None, owner }))
                .clone()
        });
        Value::Builtin(made)
    }
}

pub struct BoundMethodObj {
    pub receiver: Value,
    pub function: Value,
}

/// Which built-in type a class is, or extends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Bytes,
    ByteArray,
    MemoryView,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Code,
    Generator,
    Coroutine,
    Iterator,
    Ellipsis,
    NotImplementedType,
    /// `BaseException` and every exception class derive from this.
    BaseException,
    Future,
    Task,
    Handle,
    TimerHandle,
    EventLoop,
    StructTime,
    Super,
    /// A class of a native module (`collections.deque`, `itertools.count`, ...): its
    /// instances carry a `NativeState`, and calling it calls its native `__new__`.
    Native,
}

pub struct ClassObj {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// `__module__`: `builtins` for built-in types, `__main__` for the program's classes.
    pub module: Rc<str>,
    pub bases: Vec<Rc<ClassObj>>,
    /// The method resolution order after this class itself.
    pub mro_tail: Vec<Rc<ClassObj>>,
    pub dict: RefCell<AttrDict>,
    /// The built-in type whose layout and native methods instances have.
    pub builtin: BuiltinType,
    /// True for classes the program defined.
    pub is_user: bool,
    /// Whether a data descriptor (a property, a slot, ...) may be among the class's
    /// attributes, so an instance attribute read must look at the class first.
    pub has_data_descriptors: std::cell::Cell<bool>,
    /// Whether a data descriptor other than a slot may be among the class's attributes (a
    /// property, a Python class with `__set__`): reading or writing an instance attribute
    /// may then run Python code, which must find its caller (`interp::attr_may_run_python`).
    pub has_python_descriptors: std::cell::Cell<bool>,
    /// False when this class and all its bases declare `__slots__`: instances then take only
    /// their slots, and have no `__dict__`.
    pub has_instance_dict: bool,
    /// The class's metaclass when it is not `type` (`class Color(Enum)` has `EnumType`):
    /// its methods serve the class-level operations (`iter(Color)`, `Color["RED"]`, ...).
    pub metaclass: Option<Rc<ClassObj>>,
    /// The classes made with this one among their bases, in creation order, while they live
    /// (`__subclasses__()`).
    pub subclasses: RefCell<Vec<std::rc::Weak<ClassObj>>>,
    /// What `lookup` found for each name asked (`vm::lookup_cache`).
    pub lookup_cache: super::lookup_cache::LookupCache,
    /// The attribute names its instances share (`vm::instance_dict`): the longest layout
    /// they have reached, where the next instance starts. Made with the first instance (most
    /// classes a run defines, the library's included, never get one).
    pub instance_keys: RefCell<Option<Rc<super::instance_dict::KeyTable>>>,
    /// This class or a base defines `__del__`: its instances are finalized when they die.
    pub has_finalizer: Cell<bool>,
    /// This class or a base defines `__getattribute__`: every attribute read on its
    /// instances calls it.
    pub has_getattribute: Cell<bool>,
    /// This class or a base defines `__getattr__`: a missing attribute calls it, so reads
    /// on its instances run with the caller parked (`sys._getframe(1)` in it is the reader).
    pub has_getattr: Cell<bool>,
    /// An instance was ever referenced weakly: its instances' deaths look for callbacks
    /// (`stdlib::weakref_module`).
    pub weakly_referenced: Cell<bool>,
    /// The trace's string ids of the class's own safe repr and of its plain instances'
    /// (`vm::tracing::RememberedId`): both depend on the class alone.
    pub trace_reprs: super::tracing::ClassReprIds,
    /// The `__dict__`/`__weakref__` descriptors CPython's `type_new` adds to this class, and
    /// where in its dict (`classes::added_getsets`). Kept out of the dict itself: instances
    /// answer those names directly; only the class's `__dict__` view and `dir()` show them.
    pub added_getsets: AddedGetSets,
}

/// See [`ClassObj::added_getsets`].
#[derive(Clone, Copy, Default)]
pub struct AddedGetSets {
    /// The position in the class dict where they stand: after the body's names and the
    /// slots, before an implicit `__doc__` and `__hash__`.
    pub at: usize,
    pub dict: bool,
    pub weakref: bool,
}

impl ClassObj {
    /// The attribute names a new instance starts sharing: the longest layout the class's
    /// instances have reached (remembered, so the next call walks no tables).
    pub fn instance_layout(&self) -> Rc<super::instance_dict::KeyTable> {
        let current = self.instance_keys.borrow().clone();
        let Some(current) = current else {
            let root = super::instance_dict::KeyTable::empty();
            *self.instance_keys.borrow_mut() = Some(root.clone());
            return root;
        };
        let longest = current.longest();
        if !Rc::ptr_eq(&current, &longest) {
            *self.instance_keys.borrow_mut() = Some(longest.clone());
        }
        longest
    }

    /// Sets a fact subclasses take from their bases when they are made (`has_finalizer`,
    /// `has_getattribute`, `has_data_descriptors`) on this class and on every live subclass:
    /// a name set on a class later reaches its subclasses' instances too (`Base.__del__ = f`
    /// after `class Sub(Base)`).
    pub fn set_inherited_flag(&self, flag: fn(&ClassObj) -> &Cell<bool>) {
        flag(self).set(true);
        let subclasses: Vec<Rc<ClassObj>> =
            self.subclasses.borrow().iter().filter_map(std::rc::Weak::upgrade).collect();
        for sub in subclasses {
            sub.set_inherited_flag(flag);
        }
    }

    /// This class and its ancestors, in method resolution order.
    pub fn mro(self: &Rc<Self>) -> impl Iterator<Item = &Rc<ClassObj>> {
        std::iter::once(self).chain(self.mro_tail.iter())
    }

    pub fn is_subclass_of(self: &Rc<Self>, other: &Rc<ClassObj>) -> bool {
        self.mro().any(|c| Rc::ptr_eq(c, other))
    }

    /// Looks a name up along the MRO (class attributes and methods).
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        use super::lookup_cache::Along;
        if let Some(found) = self.lookup_cache.get(Along::Mro, name) {
            return found;
        }
        let found = self.mro().find_map(|c| c.dict.borrow().get(&ByName(name)).cloned());
        self.lookup_cache.insert(self, Along::Mro, name, found.clone());
        found
    }

    pub fn is_exception(&self) -> bool {
        self.builtin == BuiltinType::BaseException
    }

    /// The name a traceback prints: `ValueError`, `asyncio.exceptions.CancelledError`,
    /// `MyError` (classes of `__main__` and `builtins` print bare).
    pub fn display_name(&self) -> String {
        // As assigned since (csv's `Error.__module__ = '_csv'`), as CPython reads them.
        let module = super::repr::assigned_class_name(self, "__module__", &self.module);
        let qualname = super::repr::assigned_class_name(self, "__qualname__", &self.qualname);
        match &*module {
            "builtins" | "__main__" => qualname.into_owned(),
            module => format!("{module}.{qualname}"),
        }
    }
}

/// An exception's traceback entry: a frame's code, the line it was at and the instruction
/// (whose source span gives the caret line under the source line).
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<CodeObj>,
    pub line: u32,
    pub ip: u32,
}

/// The exception-specific state of an exception instance.
#[derive(Default)]
pub struct ExceptionState {
    pub args: Vec<Value>,
    /// Innermost frame first: entries are appended as the exception unwinds outward.
    pub traceback: Vec<TracebackEntry>,
    /// How many entries of `traceback` CPython's `__traceback__` attribute has: it is set
    /// when a handler catches the exception (or C code stores it); the frames the exception
    /// unwinds through meanwhile live only in the thread state until then (`tb_committed`).
    pub tb_committed: usize,
    /// The exception passed through a frame of code that CPython writes in Python and that
    /// runs natively here (asyncio's `Handle._run`): CPython's traceback has that frame, so
    /// the `Traceback` header prints even when every frame under it is hidden.
    pub through_hidden_frame: bool,
    /// The locals (and cells) of the frames the exception left. CPython's traceback keeps
    /// those frames, so what they hold lives as long as the exception: a failed task held by
    /// `main` reports "exception was never retrieved" after `main`'s traceback, not before.
    pub kept_locals: Vec<Value>,
    /// The `traceback` objects `__traceback__` made so far, one per entry of `traceback`
    /// (`Vm::traceback_object`).
    pub traceback_objects: Vec<Value>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// Present for instances of `BaseExceptionGroup` (and its subclasses).
    pub group: Option<Rc<GroupParts>>,
}

/// What `BaseExceptionGroup.__new__` stores: `message` and `exceptions`.
pub struct GroupParts {
    pub message: Value,
    /// The sub-exceptions as a tuple (`eg.exceptions`), whatever sequence was passed.
    pub exceptions: Vec<Value>,
}

pub struct InstanceObj {
    pub class: Rc<ClassObj>,
    pub dict: RefCell<super::instance_dict::InstanceDict>,
    /// Present for instances of exception classes. Boxed: the state is some 150 bytes, and
    /// every other instance (10,000 connections make 90,000) would carry it unused.
    pub exception: Option<Box<RefCell<ExceptionState>>>,
    /// The Rust state of an instance of a native class (`collections.deque`, an `itertools`
    /// iterator, `sys.stdout`, ...); see `vm::native`.
    pub native: Option<Box<super::native::NativeState>>,
    /// Its class's `__del__` has run (on this object's earlier self: a finalized object is
    /// brought back to life for the call, and finalized only once, as PEP 442 says).
    pub finalized: Cell<bool>,
}

impl Drop for InstanceObj {
    /// An instance of a class with `__del__` is brought back to life (a new object with the
    /// same class and contents) and queued: the interpreter calls its `__del__` at the next
    /// instruction boundary, as `Drop` cannot run Python code.
    fn drop(&mut self) {
        if self.class.has_finalizer.get() && !self.finalized.get() {
            let revived = InstanceObj {
                class: self.class.clone(),
                dict: RefCell::new(std::mem::take(self.dict.get_mut())),
                exception: self.exception.take(),
                native: self.native.take(),
                finalized: Cell::new(true),
            };
            super::warnings::queue(super::warnings::Pending::CallDel(Value::Instance(Rc::new(
                revived,
            ))));
        }
        if self.class.weakly_referenced.get() {
            crate::stdlib::weakref_module::instance_died(self as *const InstanceObj as usize);
        }
        // What it holds goes through the trashcan: a linked list of 100,000 nodes
        // (`node.next`), or an exception wrapping an exception 100,000 deep, must not recurse
        // once per level on the native stack as it dies (the page's worker has little).
        let dict = std::mem::take(self.dict.get_mut());
        if !dict.is_empty() {
            super::trashcan::dispose(dict.into_values());
        }
        if let Some(state) = self.exception.take() {
            let state = state.into_inner();
            let links = [state.cause, state.context].into_iter().flatten();
            super::trashcan::dispose(
                state
                    .args
                    .into_iter()
                    .chain(links)
                    .chain(state.kept_locals)
                    .chain(state.traceback_objects),
            );
        }
    }
}

/// A module: named global slots. Python code reaches globals by slot; attribute access and
/// imports go through `index`.
pub struct ModuleObj {
    pub name: Rc<str>,
    pub names: RefCell<Vec<Rc<str>>>,
    pub slots: RefCell<Vec<Option<Value>>>,
    pub index: RefCell<IndexMap<Rc<str>, u32, rustc_hash::FxBuildHasher>>,
    /// The dict `globals()` last returned for this module, while the program keeps it.
    pub globals_dict: RefCell<Option<std::rc::Weak<DictObj>>>,
}

impl ModuleObj {
    pub fn new(name: &str) -> Self {
        ModuleObj {
            name: name.into(),
            names: RefCell::new(Vec::new()),
            slots: RefCell::new(Vec::new()),
            index: RefCell::new(IndexMap::default()),
            globals_dict: RefCell::new(None),
        }
    }

    /// A module whose first slots are a compiled module's globals, in its order, so that its
    /// code's slot numbers are right for this module (`compiler::CompiledModule`).
    pub fn with_globals(name: &str, globals: &[Rc<str>]) -> Self {
        let module = ModuleObj::new(name);
        for g in globals {
            module.slot_of(g);
        }
        module
    }

    /// The slot of `name`, created empty if new.
    pub fn slot_of(&self, name: &str) -> u32 {
        if let Some(&i) = self.index.borrow().get(&ByName(name)) {
            return i;
        }
        // Interned: a compiled `LOAD_GLOBAL` that falls back to the builtins module, or an
        // attribute read on a module, finds the slot by the name's address.
        let name = super::names::intern(name);
        let i = self.names.borrow().len() as u32;
        self.names.borrow_mut().push(name.clone());
        self.slots.borrow_mut().push(None);
        self.index.borrow_mut().insert(name, i);
        i
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        let i = *self.index.borrow().get(&ByName(name))?;
        self.slots.borrow()[i as usize].clone()
    }

    /// `get(name)` for a compiled site (`LOAD_GLOBAL` falling back to the builtins, an
    /// attribute read on a module): first the slot at `hint`, if its name is the very same
    /// interned string, then by hash, leaving in `hint` the slot found. A slot keeps its name
    /// for the module's life, so a stale hint costs a lookup, never a wrong answer.
    pub fn get_hinted(&self, name: &str, hint: &Cell<u32>) -> Option<Value> {
        let at = hint.get() as usize;
        let hit = self.names.borrow().get(at).is_some_and(|n| super::names::same_string(n, name));
        let i = if hit {
            at
        } else {
            let i = *self.index.borrow().get(&ByName(name))?;
            hint.set(i);
            i as usize
        };
        self.slots.borrow()[i].clone()
    }

    pub fn set(&self, name: &str, value: Value) {
        let i = self.slot_of(name);
        self.slots.borrow_mut()[i as usize] = Some(value);
    }

    /// Unbinds `name` (`del globals()[name]`); its slot stays, empty.
    pub fn unset(&self, name: &str) {
        if let Some(&i) = self.index.borrow().get(&ByName(name)) {
            let old = self.slots.borrow_mut()[i as usize].take();
            drop(old);
        }
    }
}

/// `inspect.getgeneratorstate` / `getcoroutinestate` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    Created,
    Running,
    Suspended,
    Closed,
}

impl GenState {
    pub fn coroutine_name(self) -> &'static str {
        match self {
            GenState::Created => "CORO_CREATED",
            GenState::Running => "CORO_RUNNING",
            GenState::Suspended => "CORO_SUSPENDED",
            GenState::Closed => "CORO_CLOSED",
        }
    }

    pub fn generator_name(self) -> &'static str {
        match self {
            GenState::Created => "GEN_CREATED",
            GenState::Running => "GEN_RUNNING",
            GenState::Suspended => "GEN_SUSPENDED",
            GenState::Closed => "GEN_CLOSED",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenObj {
    /// A generator of a function `types.coroutine` marked (`CO_ITERABLE_COROUTINE`): it can
    /// be awaited, and an `await` of it drives it as `yield from` would.
    pub fn is_iterable_coroutine(&self) -> bool {
        self.kind == GenKind::Generator && self.code.iterable_coroutine.get()
    }
}

impl GenKind {
    /// How CPython's messages name the kind ("async generator ignored GeneratorExit").
    pub fn phrase(self) -> &'static str {
        match self {
            GenKind::AsyncGenerator => "async generator",
            other => other.type_name(),
        }
    }

    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

/// A generator or coroutine: a suspended frame and its state.
pub struct GenObj {
    pub kind: GenKind,
    pub code: Rc<CodeObj>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// The frame while the generator is not running (taken out while it runs).
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    /// A number unique within the run, naming the coroutine in the trace.
    pub serial: u32,
    /// The line the frame will resume at (kept for reprs such as `running at main.py:7`).
    pub last_line: Cell<u32>,
    /// An async generator's own state (unused by the other kinds).
    pub agen: AsyncGenState,
    /// A generator last resumed by an `await`/`yield from` (`SEND`) or by `_wrap_awaitable`,
    /// not by iteration: its yields pass up an await chain, so the trace keeps its frame in
    /// the chain (`frame_await`), as CPython's `cr_await`/`gi_yieldfrom` walk finds it.
    pub awaited: Cell<bool>,
}

/// What CPython's `PyAsyncGenObject` adds to a generator.
#[derive(Default)]
pub struct AsyncGenState {
    /// The value just yielded is an `async yield` (`ASYNC_GEN_WRAP`), not an await passing up.
    pub wrapped: Cell<bool>,
    /// An `asend`/`athrow` awaitable is driving the generator (`ag_running`).
    pub running_async: Cell<bool>,
    /// Finished by StopAsyncIteration/GeneratorExit, or `aclose()` began (`ag_closed`).
    pub closed: Cell<bool>,
    /// The firstiter hook ran (once, on the first `__anext__`/`asend`/`athrow`/`aclose`).
    pub hooks_inited: Cell<bool>,
    /// The finalizer hook at that time, called if the generator dies unfinished.
    pub finalizer: RefCell<Option<Value>>,
    /// Brought back to life for its finalizer hook: when it dies again it is not finalized
    /// again (CPython calls `tp_finalize` once), its frame just goes.
    pub finalized: Cell<bool>,
}

/// An unfinished async generator that died, waiting for its finalizer hook (see `warnings`).
pub struct DyingAsyncGen {
    pub dying: DyingGenerator,
    pub started: bool,
    pub finalizer: Value,
}

/// A suspended generator that died, waiting to be closed (see `warnings`).
pub struct DyingGenerator {
    pub kind: GenKind,
    pub frame: Box<Frame>,
    pub code: Rc<CodeObj>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub serial: u32,
    pub last_line: u32,
}

/// A dying coroutine's creation records (its `tracemalloc` trace and its origin), forgotten;
/// one flag check when nothing records.
#[inline]
fn creation_records(
    serial: u32,
) -> (Option<crate::stdlib::tracemalloc_module::AllocatedAt>, Option<super::coroutine_origin::Origin>)
{
    if !super::coroutine_origin::creation_recorded() {
        return (None, None);
    }
    (crate::stdlib::tracemalloc_module::forget(serial), super::coroutine_origin::forget(serial))
}

impl GenObj {
    /// What the collector does to a coroutine that never started when it is garbage (a
    /// task destroyed before its first step): `_PyGen_Finalize` warns "coroutine ... was
    /// never awaited" and the coroutine is closed. Anything else is left as it is.
    pub(crate) fn finalize_unstarted(&self) {
        if self.kind != GenKind::Coroutine || self.state.get() != GenState::Created {
            return;
        }
        let (allocated_at, origin) = creation_records(self.serial);
        super::warnings::coroutine_never_awaited(&self.qualname, allocated_at, origin);
        self.state.set(GenState::Closed);
        let frame = self.frame.replace(None);
        drop(frame);
    }
}

impl Drop for GenObj {
    fn drop(&mut self) {
        let (allocated_at, origin) = creation_records(self.serial);
        if self.kind == GenKind::Coroutine && self.state.get() == GenState::Created {
            super::warnings::coroutine_never_awaited(&self.qualname, allocated_at, origin);
        }
        // An async generator that dies unfinished goes to the finalizer hook it was first
        // iterated under (the event loop's schedules `aclose()`), as in `_PyGen_Finalize`.
        if self.kind == GenKind::AsyncGenerator
            && self.state.get() != GenState::Closed
            && !self.agen.closed.get()
        {
            if let Some(finalizer) = self.agen.finalizer.get_mut().take() {
                if let Some(frame) = self.frame.get_mut().take() {
                    super::warnings::queue(super::warnings::Pending::FinalizeAsyncGen(Box::new(
                        DyingAsyncGen {
                            dying: DyingGenerator {
                                kind: self.kind,
                                frame,
                                code: self.code.clone(),
                                name: self.name.clone(),
                                qualname: self.qualname.clone(),
                                serial: self.serial,
                                last_line: self.last_line.get(),
                            },
                            started: self.state.get() != GenState::Created,
                            finalizer,
                        },
                    )));
                }
            }
        }
        // A generator paused at a `yield`, or a coroutine at an `await` (a pending task that
        // died: its wakeup was dropped with a closed loop's ready queue), is closed when it
        // dies, as CPython's `_PyGen_Finalize` does, so its `finally` blocks run.
        // (So is an async generator without a finalizer, or one `aclose()` already began.)
        if matches!(self.kind, GenKind::Generator | GenKind::AsyncGenerator | GenKind::Coroutine)
            && self.state.get() == GenState::Suspended
            && !self.agen.finalized.get()
        {
            if let Some(frame) = self.frame.get_mut().take() {
                super::warnings::queue(super::warnings::Pending::CloseGenerator(Box::new(
                    DyingGenerator {
                        kind: self.kind,
                        frame,
                        code: self.code.clone(),
                        name: self.name.clone(),
                        qualname: self.qualname.clone(),
                        serial: self.serial,
                        last_line: self.last_line.get(),
                    },
                )));
            }
        }
    }
}

/// What a generator or native awaitable did when sent a value or thrown an exception.
pub enum GenStep {
    Yield(Value),
    Return(Value),
    Error(super::PyErr),
}

/// A coroutine implemented in Rust (asyncio's `sleep`, ...). It behaves like a Python coroutine
/// object: `await` drives it through `send`/`throw`.
pub trait NativeAwaitable {
    fn send(&mut self, vm: &mut Vm, value: Value) -> GenStep;
    fn throw(&mut self, vm: &mut Vm, error: super::PyErr) -> GenStep;
    /// The RuntimeError for awaiting it again after it finished.
    fn reuse_message(&self) -> &'static str {
        "cannot reuse already awaited coroutine"
    }
    /// The line of CPython's Python source where this coroutine waits now, for its repr
    /// (`running at FILE:LINE`); `None`: its definition's line.
    fn waiting_line(&self) -> Option<u32> {
        None
    }
    /// What it awaits now (`cr_await`): CPython's coroutine would be suspended in an `await`
    /// of this object; `None` when it is not suspended on one.
    fn awaiting(&self) -> Option<Value> {
        None
    }
}

pub struct NativeCoroObj {
    pub name: &'static str,
    pub qualname: &'static str,
    pub state: Cell<GenState>,
    pub body: RefCell<Box<dyn NativeAwaitable>>,
    pub serial: u32,
}

impl Drop for NativeCoroObj {
    #[inline]
    fn drop(&mut self) {
        let (allocated_at, origin) = creation_records(self.serial);
        if self.state.get() == GenState::Created {
            super::warnings::coroutine_never_awaited(self.qualname, allocated_at, origin);
        }
    }
}

/// The iterators of built-in types, plus the lazy built-ins (`enumerate`, `zip`, `map`, ...).
pub struct IterObj {
    pub state: RefCell<IterState>,
}

pub enum IterState {
    List {
        list: Rc<ListObj>,
        index: usize,
    },
    /// `reversed(list)`: live, from `index` down (past the list's end when it shrank: done).
    ListReversed {
        list: Rc<ListObj>,
        index: isize,
    },
    /// `reversed(dict)` or of a view: raw entry positions below `index`, checked for a
    /// change of size as the forward iterator is.
    DictReversed {
        dict: Rc<DictObj>,
        index: usize,
        len: usize,
        view: DictView,
    },
    Tuple {
        tuple: Rc<super::value::TupleObj>,
        index: usize,
    },
    Str {
        text: Rc<super::value::StrObj>,
        byte_index: usize,
    },
    /// Over the ints of a bytes, bytearray or memoryview (read live, as CPython's iterators).
    Bytes {
        source: Value,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// Over a dict's keys, values or items; `len` detects a size change during iteration,
    /// `index` is a raw entry position and `remaining` the entries still expected.
    Dict {
        dict: Rc<DictObj>,
        index: usize,
        len: usize,
        remaining: usize,
        view: DictView,
    },
    Set {
        set: Rc<SetObj>,
        index: usize,
        len: usize,
    },
    /// `reversed(x)` of an immutable sequence (a tuple, str or bytes) or a bytearray, over
    /// a snapshot of `x`: CPython's generic `reversed`.
    Reversed {
        items: Vec<Value>,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `iter(func, sentinel)`: calls `func()` until it returns `sentinel`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// The old sequence protocol, read lazily as CPython does: `seq[index]` for each step
    /// until IndexError (or StopIteration). Forward (`iter(x)` of a class with only
    /// `__getitem__`) from 0 up; `reversed(x)` (with `__len__`) from `len - 1` down to 0.
    Sequence {
        seq: Value,
        index: i64,
        reverse: bool,
    },
    /// A snapshot of values (used where CPython iterates a copy).
    Values {
        items: Vec<Value>,
        index: usize,
    },
    /// Finished; it keeps its type name (`type(z)` of an exhausted `zip` is still `zip`).
    Exhausted(&'static str),
    /// `coro.__await__()`: CPython's `coroutine_wrapper`, which drives the coroutine.
    CoroutineWrapper(Value),
    /// `fut.__await__()`, `iter(fut)`: CPython's `_asyncio.FutureIter`.
    FutureIter(Rc<crate::asyncio::FutureObj>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

impl DictView {
    pub fn type_name(self) -> &'static str {
        match self {
            DictView::Keys => "dict_keys",
            DictView::Values => "dict_values",
            DictView::Items => "dict_items",
        }
    }

    /// What this view's iterator gives for one entry.
    pub fn item(self, key: &super::hashing::HashedKey, value: &Value) -> Value {
        match self {
            DictView::Keys => key.value.clone(),
            DictView::Values => value.clone(),
            DictView::Items => Value::tuple(vec![key.value.clone(), value.clone()]),
        }
    }
}

/// `d.keys()` and friends: a live view of a dict.
pub struct DictViewObj {
    pub dict: Rc<DictObj>,
    pub view: DictView,
}

impl IterState {
    /// The Python type name of the iterator, e.g. `list_iterator`.
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::ListReversed { .. } => "list_reverseiterator",
            IterState::DictReversed { view: DictView::Keys, .. } => "dict_reversekeyiterator",
            IterState::DictReversed { view: DictView::Values, .. } => "dict_reversevalueiterator",
            IterState::DictReversed { view: DictView::Items, .. } => "dict_reverseitemiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            // CPython iterates an ASCII string with its own, faster iterator type.
            IterState::Str { text, .. } if text.is_ascii() => "str_ascii_iterator",
            IterState::Str { .. } => "str_iterator",
            IterState::Bytes { source: Value::ByteArray(_), .. } => "bytearray_iterator",
            IterState::Bytes { source: Value::MemoryView(_), .. } => "memory_iterator",
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { view: DictView::Keys, .. } => "dict_keyiterator",
            IterState::Dict { view: DictView::Values, .. } => "dict_valueiterator",
            IterState::Dict { view: DictView::Items, .. } => "dict_itemiterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Reversed { .. } => "reversed",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Values { .. } | IterState::Sequence { reverse: false, .. } => "iterator",
            IterState::Sequence { reverse: true, .. } => "reversed",
            IterState::Exhausted(name) => name,
            IterState::CoroutineWrapper(_) => "coroutine_wrapper",
            IterState::FutureIter(_) => "_asyncio.FutureIter",
        }
    }
}
