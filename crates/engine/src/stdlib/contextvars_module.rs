//! `_contextvars` (C in CPython; `contextvars` re-exports it): `ContextVar`, `Token`,
//! `Context` and `copy_context`, with the current context kept per thread
//! (`ThreadState::context`).
//!
//! A context's variables are an immutable snapshot (`Rc<Vars>`, CPython's HAMT): copying a
//! context shares it, `set` replaces it. A thread whose program never touched a context
//! variable has no context object (`None`): copying "nothing" is free, so tasks and handles
//! (which copy the current context, as CPython's do) cost nothing when no variable is used.
//! `Context.run` is library Python (`lib/contextvars.py`) over `_enter`/`_exit` here, so a
//! function it runs may block its thread green (`vm::scheduler`).

use crate::vm::call::{check_arity, check_method, MethodArity};
use crate::vm::modules::native_module;
use crate::vm::native::{native_state, NativeClass, NativeState};
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::repr::address_of;
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The variables of a context: (the `ContextVar` instance, its value), by identity.
pub type Vars = Vec<(Value, Value)>;

/// A `Context`.
pub struct ContextObj {
    vars: RefCell<Rc<Vars>>,
    /// Entered by `run`, a task's step or a handle: entering it again is an error.
    entered: Cell<bool>,
    /// The context that was current before `_enter` (restored by `_exit`).
    prev: RefCell<Option<Value>>,
}

/// A `ContextVar`.
pub struct ContextVarObj {
    name: Value,
    default: Option<Value>,
}

/// A `Token` (what `ContextVar.set` returns).
pub struct TokenObj {
    context: Value,
    var: Value,
    used: Cell<bool>,
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("copy_context", copy_context),
    ("_enter", enter),
    ("_exit", exit),
    ("_install_run", install_run),
];

const CONTEXT_METHODS: &[(&str, NativeFn)] = &[
    ("copy", context_copy),
    ("get", context_get),
    ("keys", context_keys),
    ("values", context_values),
    ("items", context_items),
    ("__getitem__", context_getitem),
    ("__contains__", context_contains),
    ("__len__", context_len),
    ("__iter__", context_iter),
    ("__eq__", context_eq),
];

const CONTEXT: NativeClass = NativeClass {
    module: "_contextvars",
    name: "Context",
    methods: CONTEXT_METHODS,
    new: Some(context_new),
};

const VAR_METHODS: &[(&str, NativeFn)] = &[
    ("get", var_get),
    ("set", var_set),
    ("reset", var_reset),
    ("__class_getitem__", var_class_getitem),
];

const VAR: NativeClass = NativeClass {
    module: "_contextvars",
    name: "ContextVar",
    methods: VAR_METHODS,
    new: Some(var_new),
};

const TOKEN: NativeClass =
    NativeClass { module: "_contextvars", name: "Token", methods: &[], new: Some(token_new) };

const MISSING_METHODS: &[(&str, NativeFn)] = &[("__repr__", missing_repr)];

const MISSING: NativeClass = NativeClass {
    module: "_contextvars",
    name: "Token.MISSING",
    methods: MISSING_METHODS,
    new: None,
};

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("_contextvars", FUNCTIONS);
    let context = vm.native_class(&CONTEXT);
    // A Context compares by its variables, so it is unhashable (`tp_hash` is NULL).
    context.dict.borrow_mut().insert("__hash__".into(), Value::None);
    module.set("Context", Value::Class(context));
    module.set("ContextVar", Value::Class(vm.native_class(&VAR)));
    let token = vm.native_class(&TOKEN);
    let missing = missing_value(vm);
    token.dict.borrow_mut().insert("MISSING".into(), missing);
    module.set("Token", Value::Class(token));
    module
}

/// `Token.MISSING`, made once per run.
fn missing_value(vm: &mut Vm) -> Value {
    let token = vm.native_class(&TOKEN);
    if let Some(v) = token.dict.borrow().get("MISSING") {
        return v.clone();
    }
    let class = vm.native_class(&MISSING);
    let v = Value::Instance(Rc::new(crate::vm::objects::InstanceObj {
        class,
        dict: RefCell::default(),
        exception: None,
        native: None,
        finalized: std::cell::Cell::new(false),
    }));
    token.dict.borrow_mut().insert("MISSING".into(), v.clone());
    v
}

fn missing_repr(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str("<Token.MISSING>"))
}

fn context_of(v: &Value) -> Option<&ContextObj> {
    match native_state(v) {
        Some(NativeState::Context(c)) => Some(c),
        _ => None,
    }
}

fn var_of(v: &Value) -> Option<&ContextVarObj> {
    match native_state(v) {
        Some(NativeState::ContextVar(c)) => Some(c),
        _ => None,
    }
}

fn lookup(vars: &Vars, var: &Value) -> Option<Value> {
    vars.iter().find(|(k, _)| k.is(var)).map(|(_, v)| v.clone())
}

impl Vm {
    /// A new context holding `vars`.
    fn new_context(&mut self, vars: Rc<Vars>) -> Value {
        let class = self.native_class(&CONTEXT);
        let state = ContextObj {
            vars: RefCell::new(vars),
            entered: Cell::new(false),
            prev: RefCell::new(None),
        };
        self.new_native(class, NativeState::Context(state))
    }

    /// A new empty context: what a callback scheduled with none (`None` here) runs in, for
    /// the program to see (`handle._context`).
    pub(crate) fn empty_context(&mut self) -> Value {
        self.new_context(Rc::new(Vars::new()))
    }

    /// The variables of the running thread's context.
    fn current_vars(&self) -> Option<Rc<Vars>> {
        self.thread.context.as_ref().and_then(context_of).map(|c| c.vars.borrow().clone())
    }

    /// What a task or a handle keeps of the running context (`copy_context()`): `None` when
    /// it holds no variable (an empty context is made when a variable is first set).
    pub(crate) fn snapshot_context(&mut self) -> Option<Value> {
        let vars = self.current_vars()?;
        if vars.is_empty() {
            return None;
        }
        Some(self.new_context(vars))
    }

    /// Makes `context` (`None`: an empty one, made on first use) the running one, as
    /// `Context.run` does; returns the one to restore with `leave_context`.
    pub(crate) fn enter_context(&mut self, context: Option<Value>) -> PyResult<Option<Value>> {
        if let Some(c) = context.as_ref() {
            if let Some(obj) = context_of(c) {
                if obj.entered.get() {
                    let r = format!("<_contextvars.Context object at {}>", address_of(c));
                    return Err(self.new_error(
                        ExcKind::RuntimeError,
                        &format!("cannot enter context: {r} is already entered"),
                    ));
                }
                obj.entered.set(true);
            }
        }
        Ok(std::mem::replace(&mut self.thread.context, context))
    }

    /// Restores `prev`; returns the context that ran (made during the run if it was `None`
    /// and a variable was set).
    pub(crate) fn leave_context(&mut self, prev: Option<Value>) -> Option<Value> {
        let ran = std::mem::replace(&mut self.thread.context, prev);
        if let Some(obj) = ran.as_ref().and_then(context_of) {
            obj.entered.set(false);
        }
        ran
    }

    /// The running thread's context, made (empty) if it has none yet.
    fn current_context(&mut self) -> Value {
        if let Some(c) = &self.thread.context {
            return c.clone();
        }
        let c = self.new_context(Rc::default());
        if let Some(obj) = context_of(&c) {
            obj.entered.set(true);
        }
        self.thread.context = Some(c.clone());
        c
    }
}

fn copy_context(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "copy_context", &args, 0, 0)?;
    let vars = vm.current_vars().unwrap_or_default();
    Ok(vm.new_context(vars))
}

/// `_enter(ctx)`: the first half of `Context.run`.
fn enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_enter", &args, 1, 1)?;
    let ctx = this_context(vm, &args)?;
    let prev = vm.enter_context(Some(args.pos[0].clone()))?;
    *ctx.prev.borrow_mut() = prev;
    Ok(Value::None)
}

/// `_exit(ctx)`: the second half of `Context.run`.
fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_exit", &args, 1, 1)?;
    let ctx = this_context(vm, &args)?;
    let prev = ctx.prev.borrow_mut().take();
    vm.leave_context(prev);
    Ok(Value::None)
}

/// `_install_run(run)`: makes the library's `run` the method `Context.run`.
fn install_run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_install_run", &args, 1, 1)?;
    let class = vm.native_class(&CONTEXT);
    class.dict.borrow_mut().insert("run".into(), args.pos[0].clone());
    Ok(Value::None)
}

fn this_context<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a ContextObj> {
    args.pos.first().and_then(context_of).ok_or_else(|| {
        vm.new_error(ExcKind::TypeError, "descriptor requires a '_contextvars.Context' object")
    })
}

fn context_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || args.has_keywords() {
        return Err(vm.new_error(ExcKind::TypeError, "Context() does not accept any arguments"));
    }
    Ok(vm.new_context(Rc::default()))
}

fn context_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "Context", "copy", &args, MethodArity::NoArgs, &[])?;
    let vars = this_context(vm, &args)?.vars.borrow().clone();
    Ok(vm.new_context(vars))
}

/// The `ContextVar` key of a mapping method, or CPython's TypeError.
fn key_var<'a>(vm: &mut Vm, key: &'a Value) -> PyResult<&'a Value> {
    if var_of(key).is_some() {
        return Ok(key);
    }
    let r = vm.repr(key)?;
    Err(vm.new_error(ExcKind::TypeError, &format!("a ContextVar key was expected, got {r}")))
}

fn context_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "Context", "__getitem__", &args, MethodArity::One, &[])?;
    let vars = this_context(vm, &args)?.vars.borrow().clone();
    let key = key_var(vm, &args.pos[1])?;
    match lookup(&vars, key) {
        Some(v) => Ok(v),
        None => {
            let class = vm.types.exc(ExcKind::KeyError).clone();
            Err(PyErr::Exception(vm.new_exception(&class, vec![key.clone()])))
        }
    }
}

fn context_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "Context", "get", &args, MethodArity::Clinic(1, 2), &[])?;
    let vars = this_context(vm, &args)?.vars.borrow().clone();
    let key = key_var(vm, &args.pos[1])?;
    Ok(lookup(&vars, key).or_else(|| args.pos.get(2).cloned()).unwrap_or(Value::None))
}

fn context_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "Context", "__contains__", &args, MethodArity::One, &[])?;
    let vars = this_context(vm, &args)?.vars.borrow().clone();
    let key = key_var(vm, &args.pos[1])?;
    Ok(Value::Bool(lookup(&vars, key).is_some()))
}

fn context_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = this_context(vm, &args)?.vars.borrow().len();
    Ok(Value::Int(n as i64))
}

/// An iterator over a list made of the context's entries.
fn iterate(vm: &mut Vm, args: &Args, item: fn(&(Value, Value)) -> Value) -> PyResult<Value> {
    let vars = this_context(vm, args)?.vars.borrow().clone();
    let items = vars.iter().map(item).collect();
    vm.get_iter(&Value::list(items))
}

fn context_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iterate(vm, &args, |(k, _)| k.clone())
}

fn context_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "Context", "keys", &args, MethodArity::NoArgs, &[])?;
    iterate(vm, &args, |(k, _)| k.clone())
}

fn context_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "Context", "values", &args, MethodArity::NoArgs, &[])?;
    iterate(vm, &args, |(_, v)| v.clone())
}

fn context_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "Context", "items", &args, MethodArity::NoArgs, &[])?;
    iterate(vm, &args, |(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
}

fn context_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "Context", "__eq__", &args, MethodArity::One, &[])?;
    let a = this_context(vm, &args)?.vars.borrow().clone();
    let Some(b) = context_of(&args.pos[1]).map(|c| c.vars.borrow().clone()) else {
        return Ok(Value::NotImplemented);
    };
    if a.len() != b.len() {
        return Ok(Value::Bool(false));
    }
    for (k, v) in a.iter() {
        match lookup(&b, k) {
            Some(w) if vm.eq(v, &w)? => {}
            _ => return Ok(Value::Bool(false)),
        }
    }
    Ok(Value::Bool(true))
}

fn var_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (class, rest) = args.pos.split_first().ok_or_else(|| {
        vm.new_error(ExcKind::TypeError, "ContextVar.__new__(): not enough arguments")
    })?;
    if let Some((bad, _)) = args.keywords().find(|(k, _)| *k != "default") {
        let m = format!("'{bad}' is an invalid keyword argument for ContextVar()");
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    if rest.len() != 1 {
        let m = if rest.is_empty() {
            "ContextVar() takes exactly 1 positional argument (0 given)".to_string()
        } else {
            format!("ContextVar() takes at most 1 positional argument ({} given)", rest.len())
        };
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    if rest[0].as_str().is_none() {
        return Err(vm.new_error(ExcKind::TypeError, "context variable name must be a str"));
    }
    let Value::Class(class) = class else {
        return Err(vm.new_error(ExcKind::TypeError, "ContextVar.__new__(X): X is not a type"));
    };
    let state = ContextVarObj { name: rest[0].clone(), default: args.keyword("default").cloned() };
    let v = vm.new_native(class.clone(), NativeState::ContextVar(state));
    if let Value::Instance(inst) = &v {
        inst.dict.borrow_mut().insert("name".into(), rest[0].clone());
    }
    Ok(v)
}

fn this_var<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a ContextVarObj> {
    args.pos.first().and_then(var_of).ok_or_else(|| {
        vm.new_error(ExcKind::TypeError, "descriptor requires a '_contextvars.ContextVar' object")
    })
}

fn var_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "ContextVar", "get", &args, MethodArity::Clinic(0, 1), &[])?;
    let var = this_var(vm, &args)?;
    if let Some(v) = vm.current_vars().and_then(|vars| lookup(&vars, &args.pos[0])) {
        return Ok(v);
    }
    if let Some(d) = args.pos.get(1).or(var.default.as_ref()) {
        return Ok(d.clone());
    }
    let class = vm.types.exc(ExcKind::LookupError).clone();
    Err(PyErr::Exception(vm.new_exception(&class, vec![args.pos[0].clone()])))
}

fn var_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "ContextVar", "set", &args, MethodArity::One, &[])?;
    this_var(vm, &args)?;
    let (var, value) = (&args.pos[0], &args.pos[1]);
    let context = vm.current_context();
    let Some(ctx) = context_of(&context) else {
        return Err(vm.internal_error("the current context is not a Context"));
    };
    let old = {
        let mut vars = ctx.vars.borrow_mut();
        let mut new: Vars = (**vars).clone();
        let old = match new.iter_mut().find(|(k, _)| k.is(var)) {
            Some(entry) => Some(std::mem::replace(&mut entry.1, value.clone())),
            None => {
                new.push((var.clone(), value.clone()));
                None
            }
        };
        *vars = Rc::new(new);
        old
    };
    let old_value = match old {
        Some(v) => v,
        None => missing_value(vm),
    };
    let class = vm.native_class(&TOKEN);
    let state = TokenObj { context, var: var.clone(), used: Cell::new(false) };
    let token = vm.new_native(class, NativeState::Token(state));
    if let Value::Instance(inst) = &token {
        let mut d = inst.dict.borrow_mut();
        d.insert("var".into(), var.clone());
        d.insert("old_value".into(), old_value);
    }
    Ok(token)
}

fn var_reset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "ContextVar", "reset", &args, MethodArity::One, &[])?;
    this_var(vm, &args)?;
    let (var, token_v) = (&args.pos[0], &args.pos[1]);
    let Some(NativeState::Token(token)) = native_state(token_v) else {
        let r = vm.repr(token_v)?;
        let m = format!("expected an instance of Token, got {r}");
        return Err(vm.new_error(ExcKind::TypeError, &m));
    };
    if token.used.get() {
        let r = vm.repr(token_v)?;
        return Err(vm.new_error(ExcKind::RuntimeError, &format!("{r} has already been used once")));
    }
    if !token.var.is(var) {
        let r = vm.repr(token_v)?;
        let m = format!("{r} was created by a different ContextVar");
        return Err(vm.new_error(ExcKind::ValueError, &m));
    }
    let current = vm.current_context();
    if !token.context.is(&current) {
        let r = vm.repr(token_v)?;
        let m = format!("{r} was created in a different Context");
        return Err(vm.new_error(ExcKind::ValueError, &m));
    }
    token.used.set(true);
    let old = match token_v {
        Value::Instance(inst) => inst.dict.borrow().get("old_value").cloned(),
        _ => None,
    };
    let missing = missing_value(vm);
    let Some(ctx) = context_of(&current) else { return Ok(Value::None) };
    let mut vars = ctx.vars.borrow_mut();
    let mut new: Vars = (**vars).clone();
    match old.filter(|o| !o.is(&missing)) {
        Some(o) => match new.iter_mut().find(|(k, _)| k.is(var)) {
            Some(entry) => entry.1 = o,
            None => new.push((var.clone(), o)),
        },
        None => new.retain(|(k, _)| !k.is(var)),
    }
    *vars = Rc::new(new);
    Ok(Value::None)
}

fn var_class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `ContextVar[int]` is a generic alias; its repr is all a program sees of it.
    check_arity(vm, "__class_getitem__", &args, 2, 2)?;
    let types = vm.import_module("types")?;
    let alias = vm.get_attr(&types, "GenericAlias")?;
    vm.call(&alias, Args::positional(&args.pos[..2]))
}

fn token_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_error(ExcKind::RuntimeError, "Tokens can only be created by ContextVars"))
}

/// `<ContextVar name='x' default=1 at 0x...>`.
pub fn var_repr(vm: &mut Vm, v: &Value, var: &ContextVarObj) -> PyResult<String> {
    let name = vm.repr(&var.name)?;
    let default = match &var.default {
        Some(d) => format!(" default={}", vm.repr(d)?),
        None => String::new(),
    };
    Ok(format!("<ContextVar name={name}{default} at {}>", address_of(v)))
}

/// `<Token var=<ContextVar ...> at 0x...>`, `<Token used var=...>` once used.
pub fn token_repr(vm: &mut Vm, v: &Value, token: &TokenObj) -> PyResult<String> {
    let used = if token.used.get() { " used" } else { "" };
    let var = vm.repr(&token.var)?;
    Ok(format!("<Token{used} var={var} at {}>", address_of(v)))
}
