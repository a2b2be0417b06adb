//! Calling things: binding arguments to parameters (with CPython's error messages), and the
//! dispatch from a callable value to native code, a new frame, or a new generator.

use super::builtin_subclass::str_method_arguments;
use super::frame::Frame;
use super::interp::{Entry, Exit, Invoked};
use super::objects::{DictObj, FunctionObj, GenKind, GenObj, GenState};
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::compiler::code::CodeKind;
use crate::ExcKind;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// How many argument buffers bound calls keep for reuse: as deep as bound calls nest in a
/// step, about.
const SPARE_ARG_VECS: usize = 16;
/// A buffer grown past this many arguments (`f(*big_list)`) is not kept.
const MAX_SPARE_ARGS: usize = 64;

impl Vm {
    /// Calls a value with arguments and runs it to completion (for native code that calls
    /// back into Python: `sorted(key=...)`, `__repr__`, done callbacks, ...).
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        // Native code is calling: the callee cannot block its thread green.
        self.direct_call = false;
        let invoked = self.invoke(callable, args)?;
        self.finish_invoked(invoked)
    }

    pub fn call0(&mut self, callable: &Value) -> PyResult<Value> {
        self.call(callable, Args::positional(&[]))
    }

    pub fn call1(&mut self, callable: &Value, arg: Value) -> PyResult<Value> {
        self.call(callable, Args::positional(&[arg]))
    }

    pub(crate) fn run_to_completion(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        match self.execute(frame, Entry::Start) {
            Exit::Returned(v) => Ok(v),
            Exit::Raised(e) => Err(e),
            Exit::Yielded(..) => Err(self.internal_error("a plain function yielded")),
            Exit::Blocked(_) => Err(self.internal_error("a nested call blocked green")),
        }
    }

    /// What calling `callable` produces, without running Python code yet.
    pub(crate) fn invoke(&mut self, callable: &Value, args: Args) -> PyResult<Invoked> {
        match callable {
            Value::Function(f) => {
                let frame = self.bind_call(f, args)?;
                if f.code.is_generator_like() {
                    Ok(Invoked::Value(self.new_generator(f, frame)))
                } else {
                    Ok(Invoked::Frame(frame))
                }
            }
            Value::Builtin(b) => match &b.bound {
                None => {
                    self.check_slot_receiver(b, &args)?;
                    // `dict.get(d, k)` with `d` an instance of a dict subclass. (`__getitem__`
                    // keeps the instance: its `__missing__` answers; so does `__format__`,
                    // whose errors and `str()` are the subclass's.)
                    if let Some(base) = args.pos.first().and_then(super::builtin_subclass::base_of)
                    {
                        let keeps_instance = matches!(b.name, "__getitem__" | "__format__")
                            || super::builtin_subclass::returns_receiver(b.name);
                        if self.type_name(base) == b.owner && !keeps_instance {
                            // A str method's other arguments may be str subclasses' too.
                            let mut pos = str_method_arguments(b.owner, b.name, args.pos)
                                .unwrap_or_else(|| args.pos.to_vec());
                            pos[0] = base.clone();
                            return (b.func)(self, Args { pos: &pos, ..args }).map(Invoked::Value);
                        }
                    }
                    // (Keywords are rare: the binder is called only for them.)
                    let rebound = if args.has_keywords() {
                        super::builtins::bind_builtin_keywords(self, b.owner, b.name, &args)?
                    } else {
                        None
                    };
                    if let Some((pos, kw_names, kw_values)) = rebound {
                        let args = Args { pos: &pos, kw_names: &kw_names, kw_values: &kw_values };
                        return (b.func)(self, args).map(Invoked::Value);
                    }
                    if let Some(pos) = str_method_arguments(b.owner, b.name, args.pos) {
                        return (b.func)(self, Args { pos: &pos, ..args }).map(Invoked::Value);
                    }
                    (b.func)(self, args).map(Invoked::Value)
                }
                Some(receiver) => {
                    let func = b.func;
                    if let Some(pos) = str_method_arguments(b.owner, b.name, args.pos) {
                        let args = Args { pos: &pos, ..args };
                        return self.call_bound(receiver, args, |vm, args| {
                            func(vm, args).map(Invoked::Value)
                        });
                    }
                    self.call_bound(receiver, args, |vm, args| func(vm, args).map(Invoked::Value))
                }
            },
            Value::BoundMethod(m) => {
                let function = m.function.clone();
                self.call_bound(&m.receiver, args, |vm, args| vm.invoke(&function, args))
            }
            // `map(...)`, `zip(...)`, `enumerate(...)`: classes of `type`, made directly.
            Value::Class(class)
                if class.builtin == super::objects::BuiltinType::Iterator && !class.is_user =>
            {
                self.construct_builtin(class, args).map(Invoked::Value)
            }
            Value::Class(class) => match self.meta_method(callable, "__call__") {
                Some(method) => {
                    self.call_bound(callable, args, |vm, args| vm.invoke(&method, args))
                }
                None => self.instantiate(class, args),
            },
            Value::Instance(inst) => match inst.class.lookup("__call__") {
                Some(method) => {
                    self.call_bound(callable, args, |vm, args| vm.invoke(&method, args))
                }
                None => Err(self.not_callable(callable)),
            },
            other => Err(self.not_callable(other)),
        }
    }

    /// `call` with `receiver` put before the positional arguments (a bound method, `__init__`
    /// on a new instance, a `__call__`). The arguments go in a buffer an earlier call gave
    /// back, not a new one per call, and are released when `call` returns, as dropping a
    /// buffer of their own released them.
    pub(crate) fn call_bound<R>(
        &mut self,
        receiver: &Value,
        args: Args,
        call: impl FnOnce(&mut Vm, Args) -> R,
    ) -> R {
        let mut pos = self.spare_arg_vecs.pop().unwrap_or_default();
        pos.reserve(args.pos.len() + 1);
        pos.push(receiver.clone());
        pos.extend_from_slice(args.pos);
        let result = call(self, Args { pos: &pos, ..args });
        pos.clear();
        if self.spare_arg_vecs.len() < SPARE_ARG_VECS && pos.capacity() <= MAX_SPARE_ARGS {
            self.spare_arg_vecs.push(pos);
        }
        result
    }

    /// `_PyObject_FunctionStr`: how call errors name the callable (`__main__.f()`,
    /// `print()`, `list.append()`).
    pub(crate) fn function_str(&mut self, callable: &Value) -> String {
        let Ok(qualname) = self.get_attr(callable, "__qualname__") else {
            return self.str_of(callable).unwrap_or_default();
        };
        let qualname = self.str_of(&qualname).unwrap_or_default();
        let module = match callable {
            Value::Builtin(b) if b.bound.is_some() => None,
            _ => self
                .get_attr(callable, "__module__")
                .ok()
                .and_then(|m| m.as_str().map(str::to_string)),
        };
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }

    /// A type's slot wrapper called through the type (`Exception.__init__(self, msg)` in a
    /// class that forgot its base, `super.__init__(self)`, `int.__add__("a", 1)`) checks its
    /// receiver first, as CPython's `wrapperdescr_call` does: a TypeError, not a silent call.
    fn check_slot_receiver(&self, b: &super::objects::BuiltinObj, args: &Args) -> PyResult<()> {
        // Most unbound built-ins are functions (`len`, `isinstance`): out at the first test.
        if !b.name.starts_with("__")
            || b.owner == "object"
            || !(super::repr::is_type_slot(b) || super::repr::is_object_slot(b))
        {
            return Ok(());
        }
        let Some(Value::Class(owner)) = self.builtins.get(b.owner) else { return Ok(()) };
        let message = match args.pos.first() {
            None => format!("descriptor '{}' of '{}' object needs an argument", b.name, b.owner),
            Some(receiver) if self.class_of(receiver).is_subclass_of(&owner) => return Ok(()),
            Some(receiver) => format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                b.name,
                b.owner,
                self.type_name(receiver)
            ),
        };
        Err(self.new_error(ExcKind::TypeError, &message))
    }

    /// The positional arguments of `f(*args)` when `args` is not a tuple: any iterable.
    pub(crate) fn star_args(&mut self, callable: &Value, args: &Value) -> PyResult<Vec<Value>> {
        if let Value::List(_) = args {
            return self.collect(args);
        }
        let it = self.get_iter_or(args, |vm| {
            let message = format!(
                "{} argument after * must be an iterable, not {}",
                vm.function_str(callable),
                vm.type_name(args)
            );
            vm.new_error(ExcKind::TypeError, &message)
        })?;
        self.ask_length_hint(args)?;
        self.collect_iterator(&it)
    }

    /// `DICT_MERGE` of `f(**kwargs)`: a mapping whose keys must not repeat a keyword.
    pub(crate) fn merge_kwargs(
        &mut self,
        callable: Option<&Value>,
        target: &Value,
        other: &Value,
    ) -> PyResult<()> {
        let mapping = self.mapping_as_dict(other)?;
        let (Value::Dict(t), Some(o)) = (target, mapping) else {
            let message = format!(
                "{} argument after ** must be a mapping, not {}",
                self.callable_str(callable),
                self.type_name(other)
            );
            return Err(self.new_error(ExcKind::TypeError, &message));
        };
        let pairs: Vec<(super::hashing::HashedKey, Value)> =
            o.map.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (k, v) in pairs {
            if t.map.borrow().contains_key(&k) {
                let message = match &k.value {
                    Value::Str(name) => format!(
                        "{} got multiple values for keyword argument '{}'",
                        self.callable_str(callable),
                        name.as_str()
                    ),
                    _ => "keywords must be strings".to_string(),
                };
                return Err(self.new_error(ExcKind::TypeError, &message));
            }
            self.set_item(target, k.value, v)?;
        }
        Ok(())
    }

    /// What `**other` unpacks: a dict (also the one a dict subclass's instance carries:
    /// `OrderedDict`, `Counter`), or a new dict from a mapping's `keys()` and `[key]`;
    /// `None` for anything else.
    pub(crate) fn mapping_as_dict(&mut self, other: &Value) -> PyResult<Option<Rc<DictObj>>> {
        match other {
            Value::Dict(d) => Ok(Some(d.clone())),
            Value::Instance(inst) => {
                if let Some(Value::Dict(d)) = super::builtin_subclass::base_of(other) {
                    return Ok(Some(d.clone()));
                }
                if inst.class.lookup("keys").is_none() {
                    return Ok(None);
                }
                let copy = Rc::new(DictObj::new());
                self.dict_update(&Value::Dict(copy.clone()), other)?;
                Ok(Some(copy))
            }
            _ => Ok(None),
        }
    }

    fn callable_str(&mut self, callable: Option<&Value>) -> String {
        match callable {
            Some(c) => self.function_str(c),
            None => String::new(),
        }
    }

    fn not_callable(&self, v: &Value) -> super::PyErr {
        self.new_error(
            ExcKind::TypeError,
            &format!("'{}' object is not callable", self.type_name(v)),
        )
    }

    /// Wraps a bound frame in a generator or coroutine object.
    pub(crate) fn new_generator(&mut self, f: &FunctionObj, frame: Box<Frame>) -> Value {
        let kind = match f.code.kind {
            CodeKind::Coroutine => GenKind::Coroutine,
            CodeKind::AsyncGenerator => GenKind::AsyncGenerator,
            _ => GenKind::Generator,
        };
        let serial = self.next_serial(super::Serial::Coroutine);
        if kind == GenKind::Coroutine {
            self.trace_allocation(serial);
        }
        let g = Rc::new(GenObj {
            kind,
            code: f.code.clone(),
            // The function's names as the program may have replaced them (functools.wraps):
            // CPython's coroutines take `func_name`/`func_qualname`.
            name: f.display_name(),
            qualname: f.display_qualname(),
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            serial,
            last_line: Cell::new(f.code.first_line),
            agen: Default::default(),
            awaited: Cell::new(false),
        });
        Value::Gen(g)
    }

    /// Where coroutine `serial` is being created, when something asks: under
    /// `tracemalloc.start(nframe)` the innermost `nframe` frames of the calling stack, and
    /// with origin tracking on (asyncio's debug mode) its `cr_origin`.
    #[inline]
    pub(crate) fn trace_allocation(&self, serial: u32) {
        if self.tracemalloc_frames > 0 || self.coroutine_origin_depth > 0 {
            self.record_creation(serial);
        }
    }

    #[cold]
    #[inline(never)]
    fn record_creation(&self, serial: u32) {
        let nframe = usize::from(self.tracemalloc_frames);
        let depth = self.coroutine_origin_depth as usize;
        let stack = crate::stdlib::library_support::cpython_stack(self, nframe.max(depth));
        if nframe > 0 {
            let at = &stack[..nframe.min(stack.len())];
            crate::stdlib::tracemalloc_module::record(serial, at.into());
        }
        if depth > 0 {
            let at = &stack[..depth.min(stack.len())];
            super::coroutine_origin::record(serial, at.into());
        }
    }

    /// Binds arguments to a Python function's parameters in a new frame.
    /// `**kw` receiving a keyword named by a str subclass's instance: the key as given.
    #[cold]
    #[inline(never)]
    fn store_keyword_object(
        &mut self,
        kwargs: &Rc<DictObj>,
        key: &Value,
        value: &Value,
    ) -> PyResult<()> {
        self.set_item(&Value::Dict(kwargs.clone()), key.clone(), value.clone())
    }

    pub(crate) fn bind_call(&mut self, f: &Rc<FunctionObj>, args: Args) -> PyResult<Box<Frame>> {
        let code = &f.code;
        let serial = self.next_serial(super::Serial::Frame);
        let mut frame = self.frame_pool.take(code.clone(), f.module.clone(), serial);
        let nargs = code.arg_count as usize;
        let nkwonly = code.kwonly_count as usize;
        let given = args.pos.len();

        let take = given.min(nargs);
        for (slot, v) in frame.locals.iter_mut().zip(args.pos[..take].iter()) {
            *slot = Some(v.clone());
        }
        let mut next_slot = nargs + nkwonly;
        if code.has_varargs {
            frame.locals[next_slot] = Some(Value::tuple(args.pos[take..].to_vec()));
            next_slot += 1;
        }

        let kwargs_dict = if code.has_varkw {
            let d = Rc::new(super::objects::DictObj::new());
            frame.locals[next_slot] = Some(Value::Dict(d.clone()));
            Some(d)
        } else {
            None
        };
        let mut posonly_as_keyword: Vec<&str> = Vec::new();
        for (key, value) in args.kw_names.iter().zip(args.kw_values.iter()) {
            let name = super::keyword_text(key);
            let posonly = code.posonly_count as usize;
            let found = code.varnames[posonly..nargs + nkwonly].iter().position(|v| &**v == name);
            match found {
                Some(j) => {
                    let j = j + posonly;
                    if frame.locals[j].is_some() {
                        return Err(self.new_error(
                            ExcKind::TypeError,
                            &format!(
                                "{}() got multiple values for argument '{name}'",
                                f.display_qualname()
                            ),
                        ));
                    }
                    frame.locals[j] = Some(value.clone());
                }
                None => match &kwargs_dict {
                    // `**kw` keeps the key object itself (a `StrEnum` member stays one).
                    Some(d) if !matches!(key, Value::Str(_)) => {
                        self.store_keyword_object(d, key, value)?;
                    }
                    Some(d) => super::methods::dict::set_str(d, name, value.clone()),
                    None => {
                        if code.varnames[..posonly].iter().any(|v| &**v == name) {
                            posonly_as_keyword.push(name);
                            continue;
                        }
                        return Err(self.new_error(
                            ExcKind::TypeError,
                            &format!(
                                "{}() got an unexpected keyword argument '{name}'",
                                f.display_qualname()
                            ),
                        ));
                    }
                },
            }
        }
        if !posonly_as_keyword.is_empty() {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    f.display_qualname(),
                    posonly_as_keyword.join(", ")
                ),
            ));
        }
        // CPython reports a keyword's error before too many positional arguments.
        if given > nargs && !code.has_varargs {
            return Err(self.too_many_positional(f, given, &args));
        }

        // Defaults fill the trailing positional parameters.
        let mut missing = Vec::new();
        for i in take..nargs {
            if frame.locals[i].is_none() {
                match f.default_of(i, nargs) {
                    Some(v) => frame.locals[i] = Some(v),
                    None => missing.push(code.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(f, &missing, "positional"));
        }
        let mut missing_kw = Vec::new();
        for i in nargs..nargs + nkwonly {
            if frame.locals[i].is_none() {
                let name = &code.varnames[i];
                match f.kwdefault_of(name) {
                    Some(v) => frame.locals[i] = Some(v),
                    None => missing_kw.push(name.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(self.missing_arguments(f, &missing_kw, "keyword-only"));
        }

        // Parameters captured by closures move into their cells.
        for (cell, arg) in frame.cells.iter().zip(code.cell_from_arg.iter()) {
            if let Some(a) = arg {
                *cell.borrow_mut() = frame.locals[*a as usize].clone();
            }
        }
        frame.cells.extend(f.closure.iter().cloned());
        Ok(frame)
    }

    fn too_many_positional(&self, f: &FunctionObj, given: usize, args: &Args) -> super::PyErr {
        let code = &f.code;
        let nargs = code.arg_count as usize;
        let ndefaults = f.default_count().min(nargs);
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", nargs - ndefaults, nargs)
        } else {
            format!("{nargs} positional argument{}", if nargs == 1 { "" } else { "s" })
        };
        let kwonly_given = args
            .keywords()
            .filter(|(name, _)| {
                code.varnames[nargs..nargs + code.kwonly_count as usize]
                    .iter()
                    .any(|v| &**v == *name)
            })
            .count();
        let was = if given == 1 { "was" } else { "were" };
        let message = if kwonly_given > 0 {
            format!(
                "{}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                f.display_qualname(),
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" },
            )
        } else {
            format!("{}() takes {takes} but {given} {was} given", f.display_qualname())
        };
        self.new_error(ExcKind::TypeError, &message)
    }

    fn missing_arguments(&self, f: &FunctionObj, names: &[Rc<str>], kind: &str) -> super::PyErr {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = super::py_signature::name_list(&quoted);
        let plural = if names.len() == 1 { "" } else { "s" };
        self.new_error(
            ExcKind::TypeError,
            &format!(
                "{}() missing {} required {kind} argument{plural}: {list}",
                f.display_qualname(),
                names.len()
            ),
        )
    }
}

/// Checks a native function's argument count, with CPython's wording for built-ins.
pub fn check_arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let message = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.new_error(ExcKind::TypeError, &message))
}

/// Argument Clinic's count check of a built-in function taking at most `max` arguments,
/// positional and keyword together, made before anything else (`sum(1, 2, 3)`).
pub fn takes_at_most(vm: &Vm, name: &str, args: &Args, max: usize) -> PyResult<()> {
    let given = args.pos.len() + args.kw_names.len();
    if given > max {
        let message = format!("{name}() takes at most {max} arguments ({given} given)");
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    Ok(())
}

/// Rejects keyword arguments for a native function that takes none.
pub fn no_keywords(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.has_keywords() {
        return Err(
            vm.new_error(ExcKind::TypeError, &format!("{name}() takes no keyword arguments"))
        );
    }
    Ok(())
}

/// How a built-in method checks its argument count. CPython's wording depends on how the
/// method is written in C, so each method names its style (the receiver is not counted).
#[derive(Clone, Copy)]
pub enum MethodArity {
    /// `METH_NOARGS`: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// `METH_O`: "list.append() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic, positional-only: "center expected at least 1 argument, got 0".
    Clinic(usize, usize),
    /// `PyArg_ParseTuple` and Clinic with keywords: "count() takes at least 1 argument (0
    /// given)".
    Parsed(usize, usize),
}

/// Checks the arguments of a built-in method `owner.name` whose receiver is `args.pos[0]`:
/// `keywords` are the keyword parameters it accepts (none for most, and then any keyword is
/// refused as CPython refuses it). Nothing is formatted unless the check fails.
pub fn check_method(
    vm: &Vm,
    owner: &str,
    name: &str,
    args: &Args,
    arity: MethodArity,
    keywords: &[&str],
) -> PyResult<()> {
    if args.pos.is_empty() {
        return Err(unbound_method_error(vm, owner, name));
    }
    if keywords.is_empty() {
        if args.has_keywords() {
            let message = format!("{owner}.{name}() takes no keyword arguments");
            return Err(vm.new_error(ExcKind::TypeError, &message));
        }
    } else if let Some((bad, _)) = args.keywords().find(|(k, _)| !keywords.contains(k)) {
        let message = format!("'{bad}' is an invalid keyword argument for {name}()");
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    let n = args.pos.len().saturating_sub(1);
    let fits = match arity {
        MethodArity::NoArgs => n == 0,
        MethodArity::One => n == 1,
        MethodArity::Clinic(min, max) | MethodArity::Parsed(min, max) => n >= min && n <= max,
    };
    if fits {
        return Ok(());
    }
    Err(vm.new_error(ExcKind::TypeError, &arity_message(owner, name, n, arity)))
}

/// `list.append()`: a method read from its type and called without its receiver.
#[cold]
fn unbound_method_error(vm: &Vm, owner: &str, name: &str) -> super::PyErr {
    let message = format!("unbound method {owner}.{name}() needs an argument");
    vm.new_error(ExcKind::TypeError, &message)
}

/// The TypeError message for `n` arguments that do not fit `arity`.
#[cold]
fn arity_message(owner: &str, name: &str, n: usize, arity: MethodArity) -> String {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    match arity {
        MethodArity::NoArgs => format!("{owner}.{name}() takes no arguments ({n} given)"),
        MethodArity::One => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
        MethodArity::Clinic(min, max) => {
            if min == max {
                format!("{name} expected {min} argument{}, got {n}", plural(min))
            } else if n < min {
                format!("{name} expected at least {min} argument{}, got {n}", plural(min))
            } else {
                format!("{name} expected at most {max} argument{}, got {n}", plural(max))
            }
        }
        MethodArity::Parsed(min, max) => {
            if min == max {
                format!("{name}() takes exactly {min} argument{} ({n} given)", plural(min))
            } else if n < min {
                format!("{name}() takes at least {min} argument{} ({n} given)", plural(min))
            } else {
                format!("{name}() takes at most {max} argument{} ({n} given)", plural(max))
            }
        }
    }
}
