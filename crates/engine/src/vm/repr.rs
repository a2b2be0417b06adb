//! `repr()`, `str()` and `format()` of every value, as CPython spells them.
//!
//! Object addresses (`<coroutine object main at 0x...>`) are the Rust allocation's address: as in
//! CPython they differ between runs, and the conformance tests normalise them.

use super::objects::{BuiltinObj, BuiltinType, ClassObj, GenKind};
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::asyncio::future::FutureClass;
use crate::compiler::code::Conversion;
use crate::ExcKind;
use loopscope_pyfmt as pyfmt;
use std::rc::Rc;

impl Vm {
    /// The name of a value's type, as error messages print it (`'int'`, `'MyClass'`).
    pub fn type_name(&self, v: &Value) -> String {
        let class = self.class_of(v);
        super::native::c_type_name(&class)
    }

    /// A wrong argument's type as CPython's argument parsers name it ("must be str, not
    /// None": `_PyArg_BadArgument` and `PyArg_Parse`'s converters say "None", not "NoneType").
    pub fn arg_type_name(&self, v: &Value) -> String {
        if v.is_none() {
            "None".to_string()
        } else {
            self.type_name(v)
        }
    }

    /// The class of any value.
    pub fn class_of(&self, v: &Value) -> Rc<ClassObj> {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::NotImplemented | Value::Null => t.not_implemented.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::MemoryView(_) => t.memoryview.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(d) => match &d.extra {
                Some(extra) => extra.class.clone(),
                None => t.dict.clone(),
            },
            Value::Set(s) if s.frozen => t.frozenset.clone(),
            Value::Set(_) => t.set.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(b) if crate::asyncio::api::is_python_function(b) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => c.metaclass.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Gen(g) if g.kind == GenKind::Coroutine => t.coroutine.clone(),
            Value::Gen(g) if g.kind == GenKind::AsyncGenerator => t.async_generator.clone(),
            Value::Gen(_) => t.generator.clone(),
            Value::NativeCoro(c) => match t.iterator_classes.get(c.name) {
                // The awaitables of async generators have classes of their own.
                Some(class) => class.clone(),
                None => t.coroutine.clone(),
            },
            Value::Iter(it) => {
                let name = it.state.borrow().type_name();
                t.iterator_classes.get(name).unwrap_or(&t.iterator).clone()
            }
            Value::Future(f) if f.is_task() => t.task.clone(),
            Value::Future(f) if matches!(f.class, FutureClass::Gathering(_)) => {
                t.gathering_future.clone()
            }
            Value::Future(_) => t.future.clone(),
            Value::Handle(_) => t.handle.clone(),
            Value::TimerHandle(_) => t.timer_handle.clone(),
            Value::Loop(_) => t.event_loop.clone(),
            Value::Super(_) => t.super_.clone(),
            Value::DictView(v) => match v.view {
                super::objects::DictView::Keys => t.dict_keys.clone(),
                super::objects::DictView::Values => t.dict_values.clone(),
                super::objects::DictView::Items => t.dict_items.clone(),
            },
        }
    }

    /// `<class 'int'>`, `<class '__main__.Point'>`.
    pub fn repr_class(&self, c: &ClassObj) -> String {
        let module = class_module(c);
        let qualname = class_qualname(c);
        if module == "builtins" {
            format!("<class '{qualname}'>")
        } else {
            format!("<class '{module}.{qualname}'>")
        }
    }

    /// `repr(v)` as a Rust string.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(f) = self.meta_method(v, "__repr__") {
            return match self.call(&f, Args::positional(std::slice::from_ref(v)))? {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(self.new_error(
                    ExcKind::TypeError,
                    &format!("__repr__ returned non-string (type {})", self.type_name(&other)),
                )),
            };
        }
        let address = v.object_address();
        if let Some(a) = address {
            // CPython's `Py_ReprEnter` guard is in the containers' own reprs; a `__repr__`
            // the program (or the library) wrote is not guarded (`reprlib.recursive_repr`).
            let guarded = match v {
                Value::List(_)
                | Value::Tuple(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::DictView(_) => true,
                Value::Instance(i) => {
                    i.native.is_some() && i.class.lookup_user("__repr__").is_none()
                }
                _ => false,
            };
            if guarded {
                if self.repr_in_progress.contains(&a) {
                    return Ok(match v {
                        Value::List(_) => "[...]".to_string(),
                        Value::Tuple(_) => "(...)".to_string(),
                        // A defaultdict's own repr is not guarded, only the dict's inside it.
                        Value::Dict(d) if d.is_defaultdict() => {
                            return crate::stdlib::collections_module::defaultdict_repr(
                                self,
                                d,
                                "{...}".to_string(),
                            );
                        }
                        Value::Dict(_) => "{...}".to_string(),
                        Value::Set(_) => "set(...)".to_string(),
                        Value::Instance(i)
                            if matches!(
                                i.native.as_deref(),
                                Some(super::native::NativeState::Deque(_))
                            ) =>
                        {
                            "[...]".to_string()
                        }
                        _ => "...".to_string(),
                    });
                }
                // CPython counts each nested container repr toward the recursion limit.
                if self.frames.len() + self.repr_in_progress.len() + 1
                    >= self.config.recursion_limit
                {
                    return Err(self.new_error(
                        ExcKind::RecursionError,
                        "maximum recursion depth exceeded while getting the repr of an object",
                    ));
                }
                self.repr_in_progress.push(a);
                let r = self.repr_inner(v);
                self.repr_in_progress.retain(|x| *x != a);
                return r;
            }
        }
        self.repr_inner(v)
    }

    fn repr_inner(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => pyfmt::int_to_decimal(b).map_err(|e| self.format_error(e))?,
            Value::Float(f) => pyfmt::float_repr(*f),
            Value::Str(s) => pyfmt::str_repr(s.as_str()),
            Value::Bytes(b) => super::bytes::bytes_repr(&b.data),
            Value::ByteArray(b) => {
                format!("bytearray({})", super::bytes::bytearray_repr(&b.data.borrow()))
            }
            Value::MemoryView(m) if m.released.get() => {
                format!("<released memory at {}>", address_of(v))
            }
            Value::MemoryView(_) => format!("<memory at {}>", address_of(v)),
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented | Value::Null => "NotImplemented".into(),
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                let parts = self.repr_all(&items)?;
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Value::List(l) => {
                let items = l.items.borrow().clone();
                format!("[{}]", self.repr_all(&items)?.join(", "))
            }
            Value::Dict(d) => {
                let pairs: Vec<(Value, Value)> =
                    d.map.borrow().iter().map(|(k, v)| (k.value.clone(), v.clone())).collect();
                let mut parts = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&v)?));
                }
                let body = format!("{{{}}}", parts.join(", "));
                if d.is_defaultdict() {
                    return crate::stdlib::collections_module::defaultdict_repr(self, d, body);
                }
                body
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.items.borrow().iter().map(|k| k.value.clone()).collect();
                let body = self.repr_all(&items)?.join(", ");
                match (s.frozen, items.is_empty()) {
                    (false, true) => "set()".into(),
                    (false, false) => format!("{{{body}}}"),
                    (true, true) => "frozenset()".into(),
                    (true, false) => format!("frozenset({{{body}}})"),
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!("slice({}, {}, {})", self.repr(&a)?, self.repr(&b)?, self.repr(&c)?)
            }
            Value::Function(f) => {
                format!("<function {} at {}>", f.display_qualname(), address_of(v))
            }
            Value::Builtin(b) => match &b.bound {
                // Methods of classes CPython writes in Python are bound Python functions.
                Some(receiver)
                    if matches!(
                        receiver,
                        Value::Loop(_) | Value::Handle(_) | Value::TimerHandle(_)
                    ) || matches!(receiver, Value::Future(f)
                        if matches!(f.class, FutureClass::Gathering(_)) && b.name == "cancel") =>
                {
                    let receiver = receiver.clone();
                    format!("<bound method {} of {}>", builtin_qualname(b), self.repr(&receiver)?)
                }
                Some(receiver) if is_object_slot(b) || is_type_slot(b) => format!(
                    "<method-wrapper '{}' of {} object at {}>",
                    b.name,
                    self.type_name(receiver),
                    address_of(receiver)
                ),
                Some(receiver) if !matches!(receiver, Value::Module(_)) => format!(
                    "<built-in method {} of {} object at {}>",
                    b.name,
                    self.type_name(receiver),
                    address_of(receiver)
                ),
                None if is_object_slot(b) || is_type_slot(b) => {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, b.owner)
                }
                None if b.owner == "object" && b.name == "__format__" => {
                    "<method '__format__' of 'object' objects>".to_string()
                }
                // A type's static method (`str.maketrans`, `object.__new__`) is a built-in
                // bound to its type in CPython.
                None if b.owner == "staticmethod" => {
                    format!("<built-in method {} of type object at {}>", b.name, address_of(v))
                }
                None if crate::asyncio::api::is_python_function(b) => {
                    format!("<function {} at {}>", b.name, address_of(v))
                }
                None if is_builtin_type_name(b.owner) => {
                    format!("<method '{}' of '{}' objects>", b.name, b.owner)
                }
                // `site`'s Quitter objects say how to leave the interactive prompt.
                None if b.owner == "builtins" && matches!(b.name, "exit" | "quit") => {
                    format!("Use {}() or Ctrl-D (i.e. EOF) to exit", b.name)
                }
                _ => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => {
                let receiver = m.receiver.clone();
                let name = match &m.function {
                    Value::Function(f) => f.display_qualname().to_string(),
                    other => self.method_name_of(other)?,
                };
                format!("<bound method {name} of {}>", self.repr(&receiver)?)
            }
            Value::Class(c) => self.repr_class(c),
            Value::Instance(inst) => {
                if inst.exception.is_some() && inst.class.lookup_user("__repr__").is_none() {
                    return self.exception_repr(v);
                }
                if let Some(state) = inst.native.as_deref() {
                    if inst.class.lookup_user("__repr__").is_none() {
                        if let Some(r) = self.native_repr(v, state)? {
                            return Ok(r);
                        }
                        return Ok(self.default_repr(v));
                    }
                }
                match inst.class.lookup("__repr__") {
                    Some(m) => {
                        let r = self.call(&m, Args::positional(std::slice::from_ref(v)))?;
                        match r {
                            Value::Str(s) => s.as_str().to_string(),
                            other => {
                                return Err(self.new_error(
                                    ExcKind::TypeError,
                                    &format!(
                                        "__repr__ returned non-string (type {})",
                                        self.type_name(&other)
                                    ),
                                ))
                            }
                        }
                    }
                    None => self.default_repr(v),
                }
            }
            Value::Module(m) => self.module_repr(&m.name),
            Value::Code(c) => format!(
                "<code object {} at {}, file \"{}\", line {}>",
                c.name,
                address_of(v),
                c.filename,
                c.first_line
            ),
            Value::Cell(c) => match &*c.borrow() {
                Some(inner) => format!(
                    "<cell at {}: {} object at {}>",
                    address_of(v),
                    self.type_name(inner),
                    address_of(inner)
                ),
                None => format!("<cell at {}: empty>", address_of(v)),
            },
            Value::Gen(g) => {
                format!("<{} object {} at {}>", g.kind.type_name(), g.qualname, address_of(v))
            }
            Value::NativeCoro(c) if super::async_gen::AWAITABLE_TYPES.contains(&c.name) => {
                format!("<{} object at {}>", c.name, address_of(v))
            }
            Value::NativeCoro(c) => {
                format!("<coroutine object {} at {}>", c.qualname, address_of(v))
            }
            Value::Iter(it) => {
                format!("<{} object at {}>", it.state.borrow().type_name(), address_of(v))
            }
            Value::Future(f) => self.future_repr(f)?,
            Value::Handle(h) => self.handle_repr(h)?,
            Value::TimerHandle(t) => self.timer_handle_repr(t)?,
            Value::Loop(l) => self.loop_repr(l),
            Value::Super(s) => {
                let receiver = s.receiver.clone();
                format!(
                    "<super: <class '{}'>, <{} object>>",
                    s.class.name,
                    self.type_name(&receiver)
                )
            }
            Value::DictView(view) => {
                let items = self.collect(v)?;
                format!("{}({})", view.view.type_name(), self.repr(&Value::list(items))?)
            }
        })
    }

    fn repr_all(&mut self, items: &[Value]) -> PyResult<Vec<String>> {
        items.iter().map(|v| self.repr(v)).collect()
    }

    fn module_repr(&self, name: &str) -> String {
        crate::stdlib::native_modules::module_repr(name)
    }

    /// The name a bound method's repr gives a callable that is not a function: its
    /// `__qualname__`, else its `__name__`, else `?` (CPython's `method_repr`).
    fn method_name_of(&mut self, callable: &Value) -> PyResult<String> {
        for attr in ["__qualname__", "__name__"] {
            if let Ok(name) = self.get_attr(callable, attr) {
                return Ok(name.as_str().unwrap_or("?").to_string());
            }
        }
        Ok("?".to_string())
    }

    /// `object.__repr__`: `<__main__.Point object at 0x...>` (`<object object at ...>` for the
    /// classes of `builtins`).
    pub(crate) fn default_repr(&self, v: &Value) -> String {
        let class = self.class_of(v);
        let module = class_module(&class);
        let qualname = class_qualname(&class);
        if module == "builtins" && qualname == "generator" {
            // The one native iterator shown as a generator: `heapq.merge`, a generator
            // function in CPython.
            format!("<generator object merge at {}>", address_of(v))
        } else if module == "builtins" {
            format!("<{qualname} object at {}>", address_of(v))
        } else {
            format!("<{module}.{qualname} object at {}>", address_of(v))
        }
    }

    /// `ValueError('bad')`, `KeyError(1, 2)`, `TimeoutError()`.
    pub(crate) fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let Value::Instance(inst) = v else { return Ok(String::new()) };
        let args = match &inst.exception {
            Some(state) => state.borrow().args.clone(),
            None => Vec::new(),
        };
        let name = inst.class.name.clone();
        let args = if inst.class.is_subclass_of(self.types.exc(ExcKind::OSError)) {
            let blocking_io = inst.class.is_subclass_of(self.types.exc(ExcKind::BlockingIOError));
            super::os_error::visible_args(&args, blocking_io)
        } else {
            &args
        };
        Ok(match args.len() {
            1 => format!("{name}({})", self.repr(&args[0])?),
            _ => {
                let parts = self.repr_all(args)?;
                format!("{name}({})", parts.join(", "))
            }
        })
    }

    /// `BaseException.__str__`: the only argument, a tuple of several, or nothing (a KeyError
    /// shows its key's repr).
    pub(crate) fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        let Value::Instance(inst) = v else { return self.str_of(v) };
        let Some(state) = &inst.exception else { return self.repr(v) };
        let group = state.borrow().group.clone();
        if let Some(parts) = group {
            // `BaseExceptionGroup.__str__`: the message and how many it holds.
            let message = self.str_of(&parts.message)?;
            let n = parts.exceptions.len();
            let plural = if n > 1 { "s" } else { "" };
            return Ok(format!("{message} ({n} sub-exception{plural})"));
        }
        let args = state.borrow().args.clone();
        if let Some(text) = self.unicode_error_str(v, &args) {
            return Ok(text);
        }
        if inst.class.is_subclass_of(self.types.exc(ExcKind::OSError)) {
            let blocking_io = self.exception_is(v, ExcKind::BlockingIOError);
            let naming = super::os_error::naming_args(&args, blocking_io);
            if let Some((errno, strerror, filename, filename2)) = super::os_error::str_parts(naming)
            {
                let (errno, strerror) = (self.str_of(errno)?, self.str_of(strerror)?);
                return Ok(match (filename, filename2) {
                    (Some(f), Some(f2)) => format!(
                        "[Errno {errno}] {strerror}: {} -> {}",
                        self.repr(f)?,
                        self.repr(f2)?
                    ),
                    (Some(f), None) => format!("[Errno {errno}] {strerror}: {}", self.repr(f)?),
                    _ => format!("[Errno {errno}] {strerror}"),
                });
            }
        }
        if inst.class.is_subclass_of(self.types.exc(ExcKind::SyntaxError)) {
            return self.syntax_error_str(v);
        }
        let is_key_error = inst.class.is_subclass_of(self.types.exc(ExcKind::KeyError));
        match args.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr(&args[0]),
            1 => self.str_of(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// `SyntaxError.__str__`: the message, with the file's base name and the line when
    /// the error has them (`bad token (config.ini, line 3)`).
    fn syntax_error_str(&mut self, v: &Value) -> PyResult<String> {
        let msg = self.get_attr(v, "msg")?;
        let msg = self.str_of(&msg)?;
        let filename = match self.get_attr(v, "filename")? {
            Value::Str(f) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
            _ => None,
        };
        let lineno = match self.get_attr(v, "lineno")? {
            Value::Int(n) => Some(n),
            _ => None,
        };
        Ok(match (filename, lineno) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        })
    }

    /// What `str()` makes of a `__str__` (or `object.__str__`'s `__repr__`) result: a string,
    /// or CPython's TypeError naming `__str__`.
    fn str_result(&self, r: Value) -> PyResult<String> {
        match r {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(self.new_error(
                ExcKind::TypeError,
                &format!("__str__ returned non-string (type {})", self.type_name(&other)),
            )),
        }
    }

    /// `str(v)` as a Rust string.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup_user("__str__") {
                    let r = self.call(&m, Args::positional(std::slice::from_ref(v)))?;
                    return self.str_result(r);
                }
                if inst.exception.is_some() {
                    // An exception's str is its argument's: `ValueError(ValueError(...))`.
                    return self
                        .nested(" while getting the str of an object", |vm| vm.exception_str(v));
                }
                // `str` and `bytes` have a `__str__` of their own: the value, whatever the
                // subclass's `__repr__` says (other types' `str()` is their `repr()`).
                if let Some(base @ (Value::Str(_) | Value::Bytes(_))) =
                    super::builtin_subclass::base_of(v)
                {
                    let base = base.clone();
                    return self.str_of(&base);
                }
                match inst.class.lookup_user("__repr__") {
                    None => {
                        if let Some(base) = super::builtin_subclass::base_of(v).cloned() {
                            // (A defaultdict subclass's repr names the subclass, and a struct
                            // sequence's its fields.)
                            let own_repr = matches!(&base, Value::Dict(d) if d.is_defaultdict())
                                || matches!(
                                    super::native::native_state(v),
                                    Some(super::native::NativeState::Struct(_))
                                );
                            if !own_repr {
                                return self.str_of(&base);
                            }
                        }
                    }
                    // `object.__str__` is the `__repr__`, whose result `str()` checks itself:
                    // a `__repr__` that forgot its `return` fails as `__str__` there.
                    Some(m) => {
                        let r = self.nested(" while getting the repr of an object", |vm| {
                            vm.call(&m, Args::positional(std::slice::from_ref(v)))
                        })?;
                        return self.str_result(r);
                    }
                }
                self.repr(v)
            }
            Value::Class(_) => match self.meta_method(v, "__str__") {
                Some(f) => {
                    let r = self.call(&f, Args::positional(std::slice::from_ref(v)))?;
                    match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.new_error(
                            ExcKind::TypeError,
                            &format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&other)
                            ),
                        )),
                    }
                }
                None => self.repr(v),
            },
            other => self.repr(other),
        }
    }

    /// `str(v)` as a value (no copy for strings).
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            other => Ok(Value::string(self.str_of(other)?)),
        }
    }

    /// `ascii(v)`: repr with non-ASCII characters escaped.
    pub fn ascii_of(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(pyfmt::ascii_escape(&r))
    }

    /// The `FORMAT_VALUE` instruction: an f-string replacement field.
    pub(crate) fn format_value(
        &mut self,
        v: &Value,
        conversion: Conversion,
        spec: Option<&Value>,
    ) -> PyResult<Value> {
        let converted = match conversion {
            Conversion::None => v.clone(),
            Conversion::Str => Value::string(self.str_of(v)?),
            Conversion::Repr => Value::string(self.repr(v)?),
            Conversion::Ascii => Value::string(self.ascii_of(v)?),
        };
        let spec = spec.and_then(|s| s.as_str()).unwrap_or("");
        if spec.is_empty() {
            if let Value::Str(_) = converted {
                return Ok(converted);
            }
        }
        self.format(&converted, spec).map(Value::string)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let result = match v {
            Value::Bool(b) if spec.is_empty() => {
                return Ok(if *b { "True" } else { "False" }.into())
            }
            Value::Bool(b) => pyfmt::parse_format_spec(spec, "bool")
                .and_then(|s| s.format_int(&num_bigint::BigInt::from(*b as i64))),
            Value::Int(i) => pyfmt::format_i64(*i, spec),
            Value::BigInt(b) => pyfmt::format_int(b, spec),
            Value::Float(f) => pyfmt::format_float(*f, spec),
            Value::Str(s) => pyfmt::format_str(s.as_str(), spec),
            Value::Instance(_)
                if super::builtin_subclass::base_of(v).is_some()
                    && self.base_for(v, "__format__").is_some() =>
            {
                let base = self.base_for(v, "__format__").unwrap_or(Value::None);
                return self.format_builtin(v, &base, spec);
            }
            // A complex number (C's `complex.__format__`).
            Value::Instance(inst)
                if matches!(
                    inst.native.as_deref(),
                    Some(super::native::NativeState::Complex(..))
                ) && inst.class.lookup_user("__format__").is_none() =>
            {
                let m = inst.class.lookup("__format__").unwrap_or(Value::None);
                let r = self.call(&m, Args::positional(&[v.clone(), Value::str(spec)]))?;
                return self.str_of(&r);
            }
            Value::Instance(inst) if inst.class.lookup_user("__format__").is_some() => {
                let m = inst.class.lookup_user("__format__").unwrap_or(Value::None);
                let r = self.call(&m, Args::positional(&[v.clone(), Value::str(spec)]))?;
                return match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(self.new_error(
                        ExcKind::TypeError,
                        &format!("__format__ must return a str, not {}", self.type_name(&other)),
                    )),
                };
            }
            other => {
                if spec.is_empty() {
                    return self.str_of(other);
                }
                return Err(self.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(other)
                    ),
                ));
            }
        };
        result.map_err(|e| self.format_error(e))
    }

    /// `format(v, spec)` as the `__format__` of built-in type whose value `base` is does it,
    /// for `v` that value or an instance of a subclass holding it: an empty spec gives
    /// `str(v)` (the subclass's own `__str__`), and errors name `v`'s type
    /// ("Unknown format code 'd' for object of type 'Name'").
    pub(crate) fn format_builtin(
        &mut self,
        v: &Value,
        base: &Value,
        spec: &str,
    ) -> PyResult<String> {
        if spec.is_empty() {
            return self.str_of(v);
        }
        let type_name = self.type_name(v);
        let parsed = pyfmt::parse_format_spec(spec, &type_name);
        let result = match base {
            Value::Bool(b) => {
                parsed.and_then(|s| s.format_int(&num_bigint::BigInt::from(*b as i64)))
            }
            Value::Int(i) => parsed.and_then(|s| s.format_int(&num_bigint::BigInt::from(*i))),
            Value::BigInt(b) => parsed.and_then(|s| s.format_int(b)),
            Value::Float(f) => parsed.and_then(|s| s.format_float(*f)),
            Value::Str(s) => parsed.and_then(|p| p.format_str(s.as_str())),
            // `object.__format__` of a list, tuple or dict subclass: the error names the
            // subclass.
            _ => {
                let message = format!("unsupported format string passed to {type_name}.__format__");
                return Err(self.new_error(ExcKind::TypeError, &message));
            }
        };
        result.map_err(|e| self.format_error(e))
    }

    /// A formatting error as the Python exception it stands for.
    pub(crate) fn format_error(&self, e: pyfmt::FormatError) -> super::PyErr {
        self.new_error(e.kind, &e.message)
    }
}

/// `0x7f3a...`: the address CPython prints in default reprs.
pub fn address_of(v: &Value) -> String {
    format!("{:#x}", v.object_address().unwrap_or(0))
}

impl ClassObj {
    /// Looks a name up in the program's own classes along the MRO (skipping built-in ones),
    /// for dunders whose built-in versions the interpreter implements directly.
    pub fn lookup_user(self: &Rc<Self>, name: &str) -> Option<Value> {
        use super::lookup_cache::Along;
        if let Some(found) = self.lookup_cache.get(Along::UserClasses, name) {
            return found;
        }
        let found =
            self.mro().filter(|c| c.is_user).find_map(|c| c.dict.borrow().get(name).cloned());
        self.lookup_cache.insert(self, Along::UserClasses, name, found.clone());
        found
    }

    /// `lookup_user("__setattr__")`, which every attribute store asks.
    pub fn user_setattr(self: &Rc<Self>) -> Option<Value> {
        if let Some(found) = self.lookup_cache.user_setattr() {
            return found;
        }
        let found = self.lookup_user("__setattr__");
        self.lookup_cache.set_user_setattr(self, found.clone());
        found
    }

    pub fn builtin_type(&self) -> BuiltinType {
        self.builtin
    }
}

/// One of `object`'s (or `BaseException`'s) dunders that CPython implements as a type slot
/// (`methods::object::default_dunder`): a slot wrapper on the type, a method-wrapper bound.
/// Whether a built-in method's owner is one of the built-in types whose methods are method
/// descriptors in CPython (`str.upper` is `<method 'upper' of 'str' objects>`), rather than a
/// module or a class CPython writes in Python.
fn is_builtin_type_name(owner: &str) -> bool {
    const TYPES: &[&str] = &[
        "int",
        "float",
        "str",
        "bytes",
        "bytearray",
        "memoryview",
        "list",
        "tuple",
        "dict",
        "set",
        "frozenset",
        "range",
        "BaseException",
        "generator",
        "coroutine",
        "async_generator",
    ];
    TYPES.contains(&owner)
}

/// Each built-in type's own dunders that are slot wrappers in CPython 3.11 (`int.__add__`,
/// a method-wrapper once bound) rather than method descriptors (`list.__getitem__`); from
/// `type(T.__dict__[name]).__name__ == 'wrapper_descriptor'`.
const TYPE_SLOT_WRAPPERS: &[(&str, &[&str])] = &[
    (
        "int",
        &[
            "__abs__",
            "__add__",
            "__and__",
            "__bool__",
            "__divmod__",
            "__eq__",
            "__float__",
            "__floordiv__",
            "__ge__",
            "__getattribute__",
            "__gt__",
            "__hash__",
            "__index__",
            "__int__",
            "__invert__",
            "__le__",
            "__lshift__",
            "__lt__",
            "__mod__",
            "__mul__",
            "__ne__",
            "__neg__",
            "__or__",
            "__pos__",
            "__pow__",
            "__radd__",
            "__rand__",
            "__rdivmod__",
            "__repr__",
            "__rfloordiv__",
            "__rlshift__",
            "__rmod__",
            "__rmul__",
            "__ror__",
            "__rpow__",
            "__rrshift__",
            "__rshift__",
            "__rsub__",
            "__rtruediv__",
            "__rxor__",
            "__sub__",
            "__truediv__",
            "__xor__",
        ],
    ),
    (
        "float",
        &[
            "__abs__",
            "__add__",
            "__bool__",
            "__divmod__",
            "__eq__",
            "__float__",
            "__floordiv__",
            "__ge__",
            "__getattribute__",
            "__gt__",
            "__hash__",
            "__int__",
            "__le__",
            "__lt__",
            "__mod__",
            "__mul__",
            "__ne__",
            "__neg__",
            "__pos__",
            "__pow__",
            "__radd__",
            "__rdivmod__",
            "__repr__",
            "__rfloordiv__",
            "__rmod__",
            "__rmul__",
            "__rpow__",
            "__rsub__",
            "__rtruediv__",
            "__sub__",
            "__truediv__",
        ],
    ),
    (
        "str",
        &[
            "__add__",
            "__contains__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__gt__",
            "__hash__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__mod__",
            "__mul__",
            "__ne__",
            "__repr__",
            "__rmod__",
            "__rmul__",
            "__str__",
        ],
    ),
    (
        "bytes",
        &[
            "__add__",
            "__contains__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__gt__",
            "__hash__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__mod__",
            "__mul__",
            "__ne__",
            "__repr__",
            "__rmod__",
            "__rmul__",
            "__str__",
        ],
    ),
    (
        "bytearray",
        &[
            "__add__",
            "__contains__",
            "__delitem__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__gt__",
            "__iadd__",
            "__imul__",
            "__init__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__mod__",
            "__mul__",
            "__ne__",
            "__repr__",
            "__rmod__",
            "__rmul__",
            "__setitem__",
            "__str__",
        ],
    ),
    (
        "memoryview",
        &[
            "__delitem__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__gt__",
            "__hash__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__ne__",
            "__repr__",
            "__setitem__",
        ],
    ),
    (
        "list",
        &[
            "__add__",
            "__contains__",
            "__delitem__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__gt__",
            "__iadd__",
            "__imul__",
            "__init__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__mul__",
            "__ne__",
            "__repr__",
            "__rmul__",
            "__setitem__",
        ],
    ),
    (
        "tuple",
        &[
            "__add__",
            "__contains__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__gt__",
            "__hash__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__mul__",
            "__ne__",
            "__repr__",
            "__rmul__",
        ],
    ),
    (
        "dict",
        &[
            "__delitem__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__gt__",
            "__init__",
            "__ior__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__ne__",
            "__or__",
            "__repr__",
            "__ror__",
            "__setitem__",
        ],
    ),
    (
        "set",
        &[
            "__and__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__gt__",
            "__iand__",
            "__init__",
            "__ior__",
            "__isub__",
            "__iter__",
            "__ixor__",
            "__le__",
            "__len__",
            "__lt__",
            "__ne__",
            "__or__",
            "__rand__",
            "__repr__",
            "__ror__",
            "__rsub__",
            "__rxor__",
            "__sub__",
            "__xor__",
        ],
    ),
    (
        "frozenset",
        &[
            "__and__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__gt__",
            "__hash__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__ne__",
            "__or__",
            "__rand__",
            "__repr__",
            "__ror__",
            "__rsub__",
            "__rxor__",
            "__sub__",
            "__xor__",
        ],
    ),
    (
        "range",
        &[
            "__bool__",
            "__contains__",
            "__eq__",
            "__ge__",
            "__getattribute__",
            "__getitem__",
            "__gt__",
            "__hash__",
            "__iter__",
            "__le__",
            "__len__",
            "__lt__",
            "__ne__",
            "__repr__",
        ],
    ),
    (
        "BaseException",
        &["__delattr__", "__getattribute__", "__init__", "__repr__", "__setattr__", "__str__"],
    ),
    ("generator", &["__del__", "__getattribute__", "__iter__", "__next__", "__repr__"]),
    ("coroutine", &["__await__", "__del__", "__getattribute__", "__repr__"]),
    ("async_generator", &["__aiter__", "__anext__", "__del__", "__getattribute__", "__repr__"]),
];

/// A built-in type's own slot wrapper (`TYPE_SLOT_WRAPPERS`).
pub(crate) fn is_type_slot(b: &super::objects::BuiltinObj) -> bool {
    TYPE_SLOT_WRAPPERS.iter().any(|(owner, names)| *owner == b.owner && names.contains(&b.name))
}

/// One of `object`'s slot wrappers, or a type's own one of the same slots.
pub(crate) fn is_object_slot(b: &super::objects::BuiltinObj) -> bool {
    const SLOTS: &[&str] = &[
        "__repr__",
        "__str__",
        "__eq__",
        "__ne__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__hash__",
        "__setattr__",
        "__delattr__",
        "__getattribute__",
        "__init__",
        "__call__",
    ];
    // The exceptions with a `__str__` of their own (`DunderOwner`) have that slot too.
    let own_str =
        b.name == "__str__" && super::methods::object::OWN_STR.iter().any(|k| k.name() == b.owner);
    // Every built-in exception's `__init__`, and `super`'s, are slot wrappers of their own.
    let own_init = b.name == "__init__"
        && (b.owner == "super"
            || ExcKind::ALL.iter().any(|k| k.name() == b.owner && k.module() == "builtins"));
    own_str || own_init || matches!(b.owner, "object" | "BaseException") && SLOTS.contains(&b.name)
}

/// The `__qualname__` of a built-in function or method, which asyncio's handle reprs and
/// "Exception in callback" lines show: `print`, `list.append`, `Future.set_result`,
/// `Task.result` (a bound C method is named after its receiver's type),
/// `BaseEventLoop.call_soon` (a Python method, named after the class defining it).
pub fn builtin_qualname(b: &BuiltinObj) -> String {
    let class = match &b.bound {
        // A method read from its built-in type (`str.upper`, `list.append`).
        None if super::attrs::BUILTIN_TYPE_NAMES.contains(&b.owner) => b.owner,
        None | Some(Value::Module(_)) => return b.name.to_string(),
        // A classmethod bound to its class: `dict.fromkeys`, `int.from_bytes`.
        Some(Value::Class(c)) => return format!("{}.{}", c.name, b.name),
        Some(Value::Future(f)) => match &f.class {
            FutureClass::Task(_) => "Task",
            FutureClass::Gathering(_) => "_GatheringFuture",
            FutureClass::Future => "Future",
        },
        Some(Value::Loop(_)) if b.name == "close" => "_UnixSelectorEventLoop",
        Some(Value::Loop(_)) => "BaseEventLoop",
        Some(Value::TimerHandle(_)) if matches!(b.name, "cancel" | "when") => "TimerHandle",
        Some(Value::Handle(_) | Value::TimerHandle(_)) => "Handle",
        Some(_) => b.owner,
    };
    format!("{class}.{}", b.name)
}

/// A class's qualified name as its reprs show it.
fn class_qualname(c: &ClassObj) -> std::borrow::Cow<'_, str> {
    assigned_class_name(c, "__qualname__", &c.qualname)
}

/// A class's module as its reprs show it.
fn class_module(c: &ClassObj) -> std::borrow::Cow<'_, str> {
    assigned_class_name(c, "__module__", &c.module)
}

/// One of a class's names (`key`: `__module__`, `__qualname__`, `__name__`) as the program
/// may have assigned it since the class was made, else `made`: CPython reads the type's,
/// which assignment changes; here the program's class keeps the assigned one in its dict.
pub(crate) fn assigned_class_name<'a>(
    c: &'a ClassObj,
    key: &str,
    made: &'a str,
) -> std::borrow::Cow<'a, str> {
    if c.is_user {
        if let Some(Value::Str(s)) = c.dict.borrow().get(key) {
            if s.as_str() != made {
                return std::borrow::Cow::Owned(s.as_str().to_string());
            }
        }
    }
    std::borrow::Cow::Borrowed(made)
}
