//! `_weakref` (C in CPython; `weakref` is library Python over it): `ref` (`ReferenceType`),
//! `getweakrefcount` and `getweakrefs`.
//!
//! A reference holds a Rust `Weak` to its object, so it never keeps it alive. CPython keeps a
//! list of an object's weak references in the object; here a side table keyed by the object's
//! address holds them (weakly too): the table is only consulted for objects whose class was
//! ever weakly referenced, so other objects pay nothing when they die. The allocation of an
//! object cannot be reused while a `Weak` to it lives, so an address in the table is its own.
//!
//! Callbacks run when an instance of a Python class dies (`InstanceObj::drop` calls
//! [`instance_died`]): queued like `__del__` and run at the next instruction boundary, newest
//! reference first as CPython orders them. A callback on another kind of object (a function,
//! a class, a set) is not supported yet: nothing tells those objects' drops to run it.

use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::native::{
    c_type_name, library_class_written_in_c, native_state, NativeClass, NativeState,
};
use crate::vm::objects::{
    BoundMethodObj, ClassObj, FunctionObj, GenObj, InstanceObj, ModuleObj, NativeFn, SetObj,
};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// What a reference points at: the kinds of object CPython lets you reference weakly.
pub enum Target {
    Instance(Weak<InstanceObj>),
    Function(Weak<FunctionObj>),
    Class(Weak<ClassObj>),
    Set(Weak<SetObj>),
    Gen(Weak<GenObj>),
    Future(Weak<crate::asyncio::FutureObj>),
    Module(Weak<ModuleObj>),
    BoundMethod(Weak<BoundMethodObj>),
    // The event loop and its handles: Python objects in CPython (a per-loop
    // `WeakKeyDictionary` is a common library pattern).
    Loop(Weak<crate::asyncio::LoopObj>),
    Handle(Weak<crate::asyncio::HandleObj>),
    TimerHandle(Weak<crate::asyncio::TimerHandleObj>),
}

impl Target {
    fn of(v: &Value) -> Option<Target> {
        Some(match v {
            Value::Instance(r) => Target::Instance(Rc::downgrade(r)),
            Value::Function(r) => Target::Function(Rc::downgrade(r)),
            Value::Class(r) => Target::Class(Rc::downgrade(r)),
            Value::Set(r) => Target::Set(Rc::downgrade(r)),
            Value::Gen(r) => Target::Gen(Rc::downgrade(r)),
            Value::Future(r) => Target::Future(Rc::downgrade(r)),
            Value::Module(r) => Target::Module(Rc::downgrade(r)),
            Value::BoundMethod(r) => Target::BoundMethod(Rc::downgrade(r)),
            Value::Loop(r) => Target::Loop(Rc::downgrade(r)),
            Value::Handle(r) => Target::Handle(Rc::downgrade(r)),
            Value::TimerHandle(r) => Target::TimerHandle(Rc::downgrade(r)),
            _ => return None,
        })
    }

    /// The object, while it lives.
    fn get(&self) -> Option<Value> {
        Some(match self {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Class(w) => Value::Class(w.upgrade()?),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::Gen(w) => Value::Gen(w.upgrade()?),
            Target::Future(w) => Value::Future(w.upgrade()?),
            Target::Module(w) => Value::Module(w.upgrade()?),
            Target::BoundMethod(w) => Value::BoundMethod(w.upgrade()?),
            Target::Loop(w) => Value::Loop(w.upgrade()?),
            Target::Handle(w) => Value::Handle(w.upgrade()?),
            Target::TimerHandle(w) => Value::TimerHandle(w.upgrade()?),
        })
    }
}

/// The state of a `weakref.ref` (or of an instance of a subclass of it).
pub struct WeakRefObj {
    target: Target,
    /// The callback, until it is called (`__callback__` is None afterwards, as in CPython).
    callback: RefCell<Option<Value>>,
    /// The object's hash, kept once asked: a dead reference still hashes as it did.
    hash: Cell<Option<i64>>,
}

thread_local! {
    /// Object address → the references to it, oldest first.
    static REFERENCES: RefCell<FxHashMap<usize, Vec<Weak<InstanceObj>>>> =
        RefCell::new(FxHashMap::default());
}

/// The attribute a reference shows its callback in (None once called).
const CALLBACK: &str = "__callback__";

const FUNCTIONS: &[(&str, NativeFn)] =
    &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs), ("proxy", proxy)];

const REF_METHODS: &[(&str, NativeFn)] =
    &[("__call__", ref_call), ("__hash__", ref_hash), ("__eq__", ref_eq), ("__ne__", ref_ne)];

const REF: NativeClass = NativeClass {
    module: "weakref",
    name: "ReferenceType",
    methods: REF_METHODS,
    new: Some(ref_new),
};

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("_weakref", FUNCTIONS);
    module.set("ref", Value::Class(vm.native_class(&REF)));
    module.set("ReferenceType", Value::Class(vm.native_class(&REF)));
    module
}

/// An instance of a Python class died: its references' callbacks are queued, newest first.
pub fn instance_died(address: usize) {
    // (At the thread's exit the table may be gone, and no callback could run.)
    let Ok(Some(refs)) = REFERENCES.try_with(|t| t.borrow_mut().remove(&address)) else {
        return;
    };
    for reference in refs.iter().rev().filter_map(Weak::upgrade) {
        let Some(NativeState::WeakRef(state)) = reference.native.as_deref() else { continue };
        let callback = state.callback.borrow_mut().take();
        reference.dict.borrow_mut().insert(CALLBACK.into(), Value::None);
        if let Some(callback) = callback {
            crate::vm::warnings::queue(crate::vm::warnings::Pending::WeakCallback {
                callback,
                reference: Value::Instance(reference.clone()),
            });
        }
    }
}

/// `obj.__weakref__`: the oldest live weak reference to the instance, or None.
pub(crate) fn first_reference(inst: &InstanceObj) -> Value {
    let address = inst as *const InstanceObj as usize;
    references_to(address).into_iter().next().map_or(Value::None, Value::Instance)
}

/// The live references to the object at `address`, oldest first.
fn references_to(address: usize) -> Vec<Rc<InstanceObj>> {
    REFERENCES.with(|t| {
        let mut table = t.borrow_mut();
        let Some(list) = table.get_mut(&address) else { return Vec::new() };
        list.retain(|r| r.strong_count() > 0);
        let live: Vec<_> = list.iter().filter_map(Weak::upgrade).collect();
        if live.is_empty() {
            table.remove(&address);
        }
        live
    })
}

fn state_of(v: &Value) -> Option<&WeakRefObj> {
    match native_state(v) {
        Some(NativeState::WeakRef(state)) => Some(state),
        _ => None,
    }
}

fn has_callback(reference: &InstanceObj) -> bool {
    matches!(reference.native.as_deref(), Some(NativeState::WeakRef(s)) if s.callback.borrow().is_some())
}

/// `ref(object[, callback])`, also `__new__` of a subclass.
fn ref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let given = args.pos.len().saturating_sub(1);
    if given == 0 {
        return Err(vm.new_error(ExcKind::TypeError, "__new__ expected at least 1 argument, got 0"));
    }
    if given > 2 {
        let msg = format!("__new__ expected at most 2 arguments, got {given}");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let class = match args.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => vm.native_class(&REF),
    };
    let object = &args.pos[1];
    let callback = args.pos.get(2).filter(|c| !matches!(c, Value::None)).cloned();
    let target = match Target::of(object).filter(|_| weakly_referenceable(object)) {
        Some(t) => t,
        None => {
            let msg = format!("cannot create weak reference to '{}' object", vm.type_name(object));
            return Err(vm.new_error(ExcKind::TypeError, &msg));
        }
    };
    if callback.is_some() && !matches!(target, Target::Instance(_) | Target::Loop(_)) {
        let what = format!("a weak reference callback on a '{}' object", vm.type_name(object));
        return Err(vm.unsupported_now(&what));
    }
    let address = object.object_address().unwrap_or(0);
    let basic = callback.is_none() && Rc::ptr_eq(&class, &vm.native_class(&REF));
    if basic {
        let existing = references_to(address)
            .into_iter()
            .find(|r| Rc::ptr_eq(&r.class, &class) && !has_callback(r));
        if let Some(existing) = existing {
            return Ok(Value::Instance(existing));
        }
    }
    if let Value::Instance(inst) = object {
        inst.class.weakly_referenced.set(true);
    }
    let shown_callback = callback.clone().unwrap_or(Value::None);
    let state = WeakRefObj { target, callback: RefCell::new(callback), hash: Cell::new(None) };
    let reference = vm.new_native(class, NativeState::WeakRef(state));
    if let Value::Instance(r) = &reference {
        r.dict.borrow_mut().insert(CALLBACK.into(), shown_callback);
        REFERENCES.with(|t| t.borrow_mut().entry(address).or_default().push(Rc::downgrade(r)));
    }
    Ok(reference)
}

/// Instances of a class with `__slots__` and no `__weakref__` slot, and exceptions, cannot be
/// referenced weakly, as in CPython.
fn weakly_referenceable(object: &Value) -> bool {
    let Value::Instance(inst) = object else { return true };
    if inst.exception.is_some() {
        return false;
    }
    inst.class.has_instance_dict
        || !inst.class.is_user
        || inst.class.mro().any(|c| c.dict.borrow().contains_key("__weakref__"))
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a WeakRefObj> {
    args.pos
        .first()
        .and_then(state_of)
        .ok_or_else(|| vm.new_error(ExcKind::TypeError, "a weakref.ReferenceType is required"))
}

/// `r()`: the object, or None once it died.
fn ref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args)?;
    if args.pos.len() > 1 || !args.kw_names.is_empty() {
        let msg = format!("weakref() takes no arguments ({} given)", args.pos.len() - 1);
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    Ok(state.target.get().unwrap_or(Value::None))
}

/// `hash(r)`: the object's hash, remembered past its death.
fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = this(vm, &args)?;
    if let Some(h) = state.hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(object) = state.target.get() else {
        return Err(vm.new_error(ExcKind::TypeError, "weak object has gone away"));
    };
    let h = vm.hashed(object)?.hash;
    state.hash.set(Some(h));
    Ok(Value::Int(h))
}

/// `r1 == r2`: the objects compare while both live; otherwise the references are equal only
/// to themselves.
fn ref_compare(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    check_arity(vm, "__eq__", args, 2, 2)?;
    let (Some(a), Some(b)) = (state_of(&args.pos[0]), state_of(&args.pos[1])) else {
        return Ok(None);
    };
    match (a.target.get(), b.target.get()) {
        (Some(x), Some(y)) => vm.eq(&x, &y).map(Some),
        _ => Ok(Some(args.pos[0].object_address() == args.pos[1].object_address())),
    }
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(ref_compare(vm, &args)?.map_or(Value::NotImplemented, Value::Bool))
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(ref_compare(vm, &args)?.map_or(Value::NotImplemented, |eq| Value::Bool(!eq)))
}

/// `<weakref at 0x...; to 'A' at 0x...>`, with the object's `__name__` when it has one.
pub fn weakref_repr(vm: &mut Vm, reference: &Value, state: &WeakRefObj) -> PyResult<String> {
    let me = crate::vm::repr::address_of(reference);
    let Some(object) = state.target.get() else {
        return Ok(format!("<weakref at {me}; dead>"));
    };
    let class = vm.class_of(&object);
    // A program's class is named alone, even one with a native base.
    let type_name = if class.is_user && !library_class_written_in_c(&class) {
        class.name.to_string()
    } else {
        c_type_name(&class)
    };
    let at = crate::vm::repr::address_of(&object);
    let name = match vm.get_attr(&object, "__name__") {
        Ok(Value::Str(s)) => Some(s.as_str().to_string()),
        Ok(_) => None,
        Err(crate::vm::PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::AttributeError) => None,
        Err(e) => return Err(e),
    };
    Ok(match name {
        Some(name) => format!("<weakref at {me}; to '{type_name}' at {at} ({name})>"),
        None => format!("<weakref at {me}; to '{type_name}' at {at}>"),
    })
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "getweakrefcount", &args, 1, 1)?;
    let address = args.pos[0].object_address().unwrap_or(0);
    let live = if Target::of(&args.pos[0]).is_some() { references_to(address).len() } else { 0 };
    Ok(Value::Int(live as i64))
}

/// The references to an object in CPython's order: those without a callback first, then the
/// others newest first.
fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "getweakrefs", &args, 1, 1)?;
    if Target::of(&args.pos[0]).is_none() {
        return Ok(Value::list(Vec::new()));
    }
    let address = args.pos[0].object_address().unwrap_or(0);
    let refs = references_to(address);
    let (with, without): (Vec<_>, Vec<_>) = refs.into_iter().partition(|r| has_callback(r));
    let ordered = without.into_iter().chain(with.into_iter().rev());
    Ok(Value::list(ordered.map(Value::Instance).collect()))
}

fn proxy(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.unsupported_now("weakref.proxy"))
}
