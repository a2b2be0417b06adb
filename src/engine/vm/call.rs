//! Calling things: binding arguments to parameters (with CPython's error messages), and the
//! dispatch from a callable value to native code, a new frame, or a new generator.

use super::frame::Frame;
use super::interp::{Entry, Exit, Invoked};
use super::objects::{Function, GenKind, GenObject, GenState};
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::engine::compiler::code::CodeKind;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

impl Vm {
    /// Calls a value with arguments and runs it to completion (for native code that calls
    /// back into Python: `sorted(key=...)`, `__repr__`, done callbacks, ...).
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        match self.invoke(callable, args)? {
            Invoked::Value(v) => Ok(v),
            Invoked::Frame(frame) => self.run_to_completion(frame),
            Invoked::Init(frame, instance) => {
                let result = self.run_to_completion(frame)?;
                if !result.is_none() {
                    let msg =
                        format!("__init__() should return None, not '{}'", self.type_name(&result));
                    return Err(self.new_error("TypeError", &msg));
                }
                Ok(instance)
            }
        }
    }

    pub fn call0(&mut self, callable: &Value) -> PyResult<Value> {
        self.call(callable, Args::positional(&[]))
    }

    pub fn call1(&mut self, callable: &Value, arg: Value) -> PyResult<Value> {
        self.call(callable, Args::positional(&[arg]))
    }

    fn run_to_completion(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        match self.execute(frame, Entry::Start) {
            Exit::Returned(v) => Ok(v),
            Exit::Raised(e) => Err(e),
            Exit::Yielded(..) => Err(self.internal_error("a plain function yielded")),
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
                None => (b.func)(self, args).map(Invoked::Value),
                Some(receiver) => {
                    let mut pos = Vec::with_capacity(args.pos.len() + 1);
                    pos.push(receiver.clone());
                    pos.extend_from_slice(args.pos);
                    let args = Args { pos: &pos, ..args };
                    (b.func)(self, args).map(Invoked::Value)
                }
            },
            Value::BoundMethod(m) => {
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(m.receiver.clone());
                pos.extend_from_slice(args.pos);
                let function = m.function.clone();
                self.invoke(&function, Args { pos: &pos, ..args })
            }
            Value::Class(class) => self.instantiate(class, args),
            Value::Instance(inst) => match inst.class.lookup("__call__") {
                Some(method) => {
                    let mut pos = Vec::with_capacity(args.pos.len() + 1);
                    pos.push(callable.clone());
                    pos.extend_from_slice(args.pos);
                    self.invoke(&method, Args { pos: &pos, ..args })
                }
                None => Err(self.not_callable(callable)),
            },
            other => Err(self.not_callable(other)),
        }
    }

    fn not_callable(&self, v: &Value) -> super::PyErr {
        self.new_error("TypeError", &format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Wraps a bound frame in a generator or coroutine object.
    pub(crate) fn new_generator(&mut self, f: &Function, frame: Box<Frame>) -> Value {
        let kind = if f.code.kind == CodeKind::Coroutine {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        };
        let serial = self.next_serial(super::Serial::Coroutine);
        let g = Rc::new(GenObject {
            kind,
            code: f.code.clone(),
            name: f.name.clone(),
            qualname: f.qualname.clone(),
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            serial,
            last_line: Cell::new(f.code.first_line),
        });
        Value::Gen(g)
    }

    /// Binds arguments to a Python function's parameters in a new frame.
    pub(crate) fn bind_call(&mut self, f: &Rc<Function>, args: Args) -> PyResult<Box<Frame>> {
        let code = &f.code;
        let serial = self.next_serial(super::Serial::Frame);
        let mut frame = Frame::new(code.clone(), f.module.clone(), serial);
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
        } else if given > nargs {
            return Err(self.too_many_positional(f, given, &args));
        }

        let kwargs_dict = if code.has_varkw {
            let d = Rc::new(super::objects::PyDict::new());
            frame.locals[next_slot] = Some(Value::Dict(d.clone()));
            Some(d)
        } else {
            None
        };
        let mut posonly_as_keyword: Vec<&str> = Vec::new();
        for (name, value) in args.keywords() {
            let posonly = code.posonly_count as usize;
            let found = code.varnames[posonly..nargs + nkwonly].iter().position(|v| &**v == name);
            match found {
                Some(j) => {
                    let j = j + posonly;
                    if frame.locals[j].is_some() {
                        return Err(self.new_error(
                            "TypeError",
                            &format!("{}() got multiple values for argument '{name}'", f.qualname),
                        ));
                    }
                    frame.locals[j] = Some(value.clone());
                }
                None => match &kwargs_dict {
                    Some(d) => super::methods::dict::set_str(d, name, value.clone()),
                    None => {
                        if code.varnames[..posonly].iter().any(|v| &**v == name) {
                            posonly_as_keyword.push(name);
                            continue;
                        }
                        return Err(self.new_error(
                            "TypeError",
                            &format!(
                                "{}() got an unexpected keyword argument '{name}'",
                                f.qualname
                            ),
                        ));
                    }
                },
            }
        }
        if !posonly_as_keyword.is_empty() {
            return Err(self.new_error(
                "TypeError",
                &format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    f.qualname,
                    posonly_as_keyword.join(", ")
                ),
            ));
        }

        // Defaults fill the trailing positional parameters.
        let first_default = nargs - f.defaults.len().min(nargs);
        let mut missing = Vec::new();
        for i in take..nargs {
            if frame.locals[i].is_none() {
                if i >= first_default {
                    frame.locals[i] = Some(f.defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].clone());
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
                match f.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => frame.locals[i] = Some(v.clone()),
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

    fn too_many_positional(&self, f: &Function, given: usize, args: &Args) -> super::PyErr {
        let code = &f.code;
        let nargs = code.arg_count as usize;
        let ndefaults = f.defaults.len().min(nargs);
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
                f.qualname,
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" },
            )
        } else {
            format!("{}() takes {takes} but {given} {was} given", f.qualname)
        };
        self.new_error("TypeError", &message)
    }

    fn missing_arguments(&self, f: &Function, names: &[Rc<str>], kind: &str) -> super::PyErr {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!(
                "{}, and {}",
                quoted[..quoted.len() - 1].join(", "),
                quoted[quoted.len() - 1]
            ),
        };
        let plural = if names.len() == 1 { "" } else { "s" };
        self.new_error(
            "TypeError",
            &format!(
                "{}() missing {} required {kind} argument{plural}: {list}",
                f.qualname,
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
    Err(vm.new_error("TypeError", &message))
}

/// Rejects keyword arguments for a native function that takes none.
pub fn no_keywords(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.new_error("TypeError", &format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}
