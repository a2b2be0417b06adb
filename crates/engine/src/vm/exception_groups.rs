//! `BaseExceptionGroup` and `ExceptionGroup` (native in CPython: `Objects/exceptions.c`):
//! construction with its checks, `subgroup`/`split`/`derive`, and the two steps of `except*`
//! (`CHECK_EG_MATCH` and `PREP_RERAISE_STAR`).

use super::call::check_arity;
use super::exceptions::state_of;
use super::objects::{ClassObj, GroupParts, NativeFn};
use super::types::Types;
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

const GROUP_METHODS: &[(&str, NativeFn)] =
    &[("subgroup", subgroup), ("split", split), ("derive", derive)];

pub fn install(types: &Types) {
    let kind = ExcKind::BaseExceptionGroup;
    Types::add_methods(types.exc(kind), kind.name(), GROUP_METHODS);
}

/// A group's `message` and `exceptions` are read-only members (`T_OBJECT`, `READONLY`):
/// setting or deleting them is an AttributeError.
pub(crate) fn is_readonly_part(exc: &Value, name: &str) -> bool {
    matches!(name, "message" | "exceptions") && group_parts(exc).is_some()
}

/// The `message` and `exceptions` of an exception group (None for any other value).
pub fn group_parts(exc: &Value) -> Option<Rc<GroupParts>> {
    state_of(exc).and_then(|s| s.borrow().group.clone())
}

/// What `split` and `subgroup` (and `except*`) test each exception with.
enum Matcher {
    /// An exception class or a tuple of them: `isinstance`.
    Types(Value),
    /// Any other callable: its truth.
    Predicate(Value),
    /// Leaf exceptions by identity (which leaves of the original a handler re-raised).
    Leaves(Vec<Value>),
}

impl Vm {
    pub(crate) fn is_group_class(&self, class: &Rc<ClassObj>) -> bool {
        class.is_subclass_of(self.types.exc(ExcKind::BaseExceptionGroup))
    }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)`: checks the arguments and
    /// returns the class the instance gets (`BaseExceptionGroup` of only `Exception`s becomes
    /// an `ExceptionGroup`) and its parts.
    pub(crate) fn group_new(
        &mut self,
        class: &Rc<ClassObj>,
        args: &Args,
    ) -> PyResult<(Rc<ClassObj>, GroupParts)> {
        let n = args.pos.len();
        if n != 2 {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({n} given)"),
            ));
        }
        let message = args.pos[0].clone();
        if !matches!(message, Value::Str(_)) {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!(
                    "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                    self.arg_type_name(&message)
                ),
            ));
        }
        let exceptions = match &args.pos[1] {
            seq @ (Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)) => self.collect(seq)?,
            _ => {
                return Err(self.new_error(
                    ExcKind::TypeError,
                    "second argument (exceptions) must be a sequence",
                ))
            }
        };
        if exceptions.is_empty() {
            return Err(self.new_error(
                ExcKind::ValueError,
                "second argument (exceptions) must be a non-empty sequence",
            ));
        }
        let mut nests_base = false;
        for (i, e) in exceptions.iter().enumerate() {
            if state_of(e).is_none() {
                return Err(self.new_error(
                    ExcKind::ValueError,
                    &format!("Item {i} of second argument (exceptions) is not an exception"),
                ));
            }
            nests_base |= !self.exception_is(e, ExcKind::Exception);
        }
        let base_group = self.types.exc(ExcKind::BaseExceptionGroup).clone();
        let group = self.types.exc(ExcKind::ExceptionGroup).clone();
        let class = if Rc::ptr_eq(class, &base_group) {
            if nests_base {
                base_group
            } else {
                group
            }
        } else if Rc::ptr_eq(class, &group) {
            if nests_base {
                return Err(self.new_error(
                    ExcKind::TypeError,
                    "Cannot nest BaseExceptions in an ExceptionGroup",
                ));
            }
            group
        } else {
            if nests_base && class.is_subclass_of(&group) {
                return Err(self.new_error(
                    ExcKind::TypeError,
                    &format!("Cannot nest BaseExceptions in '{}'", class.name),
                ));
            }
            class.clone()
        };
        Ok((class, GroupParts { message, exceptions }))
    }

    /// Calling a built-in group class: `ExceptionGroup("msg", [...])`.
    pub(crate) fn construct_group(&mut self, class: &Rc<ClassObj>, args: Args) -> PyResult<Value> {
        let (class, parts) = self.group_new(class, &args)?;
        if args.has_keywords() {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("{}() takes no keyword arguments", class.name),
            ));
        }
        let exc = self.new_exception(&class, args.pos.to_vec());
        set_parts(&exc, parts);
        Ok(exc)
    }

    /// `BaseExceptionGroup(message, exceptions)` made by the interpreter (`except*`).
    fn make_group(&mut self, message: &str, exceptions: Value) -> PyResult<Value> {
        let class = self.types.exc(ExcKind::BaseExceptionGroup).clone();
        let pos = [Value::str(message), exceptions];
        self.construct_group(&class, Args::positional(&pos))
    }

    fn matcher(&self, condition: &Value) -> PyResult<Matcher> {
        let is_exception_class = |v: &Value| matches!(v, Value::Class(c) if c.is_exception());
        match condition {
            c if is_exception_class(c) => Ok(Matcher::Types(c.clone())),
            Value::Tuple(t) if t.items.iter().all(is_exception_class) => {
                Ok(Matcher::Types(condition.clone()))
            }
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) => {
                Ok(Matcher::Predicate(condition.clone()))
            }
            Value::Instance(i) if i.class.lookup("__call__").is_some() => {
                Ok(Matcher::Predicate(condition.clone()))
            }
            _ => Err(self.new_error(
                ExcKind::TypeError,
                "expected a function, exception type or tuple of exception types",
            )),
        }
    }

    fn matches(&mut self, matcher: &Matcher, exc: &Value) -> PyResult<bool> {
        match matcher {
            Matcher::Types(t) => self.exception_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = self.call1(f, exc.clone())?;
                self.truthy(&r)
            }
            Matcher::Leaves(ids) => {
                Ok(group_parts(exc).is_none() && ids.iter().any(|leaf| leaf.is(exc)))
            }
        }
    }

    /// CPython's `exceptiongroup_split_recursive`: the part of `exc` that matches and (when
    /// asked) the rest, each a group derived from `exc` with its traceback and chain.
    fn split_recursive(
        &mut self,
        exc: &Value,
        matcher: &Matcher,
        want_rest: bool,
    ) -> PyResult<(Option<Value>, Option<Value>)> {
        if self.matches(matcher, exc)? {
            return Ok((Some(exc.clone()), None));
        }
        let Some(parts) = group_parts(exc) else {
            return Ok((None, want_rest.then(|| exc.clone())));
        };
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in &parts.exceptions {
            let (m, r) = self.split_recursive(e, matcher, want_rest)?;
            matched.extend(m);
            rest.extend(r);
        }
        let matched = self.derive_part(exc, matched)?;
        let rest = if want_rest { self.derive_part(exc, rest)? } else { None };
        Ok((matched, rest))
    }

    /// `exc.derive(excs)` with `exc`'s traceback, cause and context copied on (None for no
    /// exceptions).
    fn derive_part(&mut self, exc: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let derive = self.get_attr(exc, "derive")?;
        let made = self.call1(&derive, Value::list(excs))?;
        if group_parts(&made).is_none() {
            return Err(self.new_error(
                ExcKind::TypeError,
                "derive must return an instance of BaseExceptionGroup",
            ));
        }
        if let (Some(from), Some(to)) = (state_of(exc), state_of(&made)) {
            let from = from.borrow();
            let mut to = to.borrow_mut();
            to.traceback = from.traceback.clone();
            to.cause = from.cause.clone();
            to.context = from.context.clone();
            // Setting `__cause__` through the C API also sets `__suppress_context__`.
            to.suppress_context = true;
        }
        // `__notes__`, as a new list.
        let notes = match exc {
            Value::Instance(i) => i.dict.borrow().get("__notes__").cloned(),
            _ => None,
        };
        if let (
            Some(notes @ (Value::List(_) | Value::Tuple(_) | Value::Str(_))),
            Value::Instance(m),
        ) = (notes, &made)
        {
            let copy = Value::list(self.collect(&notes)?);
            m.dict.borrow_mut().insert("__notes__".into(), copy);
        }
        Ok(Some(made))
    }

    fn split_by(&mut self, exc: &Value, condition: &Value) -> PyResult<(Value, Value)> {
        let matcher = self.matcher(condition)?;
        let (m, r) = self.split_recursive(exc, &matcher, true)?;
        Ok((m.unwrap_or(Value::None), r.unwrap_or(Value::None)))
    }

    /// `CHECK_EG_MATCH`: `except* T` against the exception being handled. Returns the rest
    /// and the match (None when nothing matched).
    pub(crate) fn check_eg_match(
        &mut self,
        exc: &Value,
        class: &Value,
    ) -> PyResult<(Value, Value)> {
        let classes: Vec<Value> = match class {
            Value::Tuple(t) => t.items.to_vec(),
            other => vec![other.clone()],
        };
        for c in &classes {
            match c {
                Value::Class(c) if c.is_exception() => {
                    if self.is_group_class(c) {
                        return Err(self.new_error(
                            ExcKind::TypeError,
                            "catching ExceptionGroup with except* is not allowed. Use except instead.",
                        ));
                    }
                }
                _ => {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        if self.exception_matches(exc, class)? {
            if group_parts(exc).is_some() {
                return Ok((Value::None, exc.clone()));
            }
            // A naked exception is wrapped in a group of its own.
            let wrapped = self.make_group("", Value::tuple(vec![exc.clone()]))?;
            return Ok((Value::None, wrapped));
        }
        if group_parts(exc).is_some() {
            let split = self.get_attr(exc, "split")?;
            let pair = self.call1(&split, class.clone())?;
            if let Value::Tuple(t) = &pair {
                if let [m, r] = &t.items[..] {
                    return Ok((r.clone(), m.clone()));
                }
            }
            return Err(self.new_error(ExcKind::TypeError, "split must return a 2-tuple"));
        }
        Ok((exc.clone(), Value::None))
    }

    /// `PREP_RERAISE_STAR`: what leaves a `try`/`except*` given the original exception and
    /// what each clause raised (and the unhandled rest, last): the re-raised parts keep the
    /// original's shape, new exceptions come first in a new group.
    pub(crate) fn prep_reraise_star(&mut self, orig: &Value, raised: &Value) -> PyResult<Value> {
        let items = self.collect(raised)?;
        if group_parts(orig).is_none() {
            // A naked exception: only one clause can have run.
            return Ok(items.into_iter().next().unwrap_or(Value::None));
        }
        let mut new = Vec::new();
        let mut reraised = Vec::new();
        for e in items.into_iter().filter(|e| !e.is_none()) {
            if same_metadata(&e, orig) {
                reraised.push(e);
            } else {
                new.push(e);
            }
        }
        let mut leaves = Vec::new();
        for e in &reraised {
            collect_leaves(e, &mut leaves);
        }
        let (kept, _) = self.split_recursive(orig, &Matcher::Leaves(leaves), false)?;
        if new.is_empty() {
            return Ok(kept.unwrap_or(Value::None));
        }
        new.extend(kept);
        if new.len() == 1 {
            return Ok(new.pop().unwrap_or(Value::None));
        }
        self.make_group("", Value::list(new))
    }
}

pub(crate) fn set_parts(exc: &Value, parts: GroupParts) {
    if let Some(s) = state_of(exc) {
        s.borrow_mut().group = Some(Rc::new(parts));
    }
}

/// Whether `e` carries `orig`'s traceback, cause and context: a part of it re-raised.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (state_of(e), state_of(orig)) else { return false };
    let (a, b) = (a.borrow(), b.borrow());
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => true,
        _ => false,
    };
    a.traceback.len() == b.traceback.len()
        && a.traceback
            .iter()
            .zip(b.traceback.iter())
            .all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.line == y.line)
        && same(&a.cause, &b.cause)
        && same(&a.context, &b.context)
}

fn collect_leaves(e: &Value, out: &mut Vec<Value>) {
    match group_parts(e) {
        Some(parts) => parts.exceptions.iter().for_each(|x| collect_leaves(x, out)),
        None => out.push(e.clone()),
    }
}

fn this_group(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<GroupParts>> {
    args.pos.first().and_then(group_parts).ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            &format!("descriptor '{name}' requires a 'BaseExceptionGroup' object"),
        )
    })
}

/// `eg.subgroup(condition)`: the matching part, or None.
fn subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "subgroup", &args, 2, 2)?;
    this_group(vm, &args, "subgroup")?;
    let matcher = vm.matcher(&args.pos[1])?;
    let (m, _) = vm.split_recursive(&args.pos[0], &matcher, false)?;
    Ok(m.unwrap_or(Value::None))
}

/// `eg.split(condition)`: `(match, rest)`.
fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "split", &args, 2, 2)?;
    this_group(vm, &args, "split")?;
    let (m, r) = vm.split_by(&args.pos[0], &args.pos[1])?;
    Ok(Value::tuple(vec![m, r]))
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
fn derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "derive", &args, 2, 2)?;
    let parts = this_group(vm, &args, "derive")?;
    let class = vm.types.exc(ExcKind::BaseExceptionGroup).clone();
    let pos = [parts.message.clone(), args.pos[1].clone()];
    vm.construct_group(&class, Args::positional(&pos))
}

/// `BaseException.__new__(cls, *args)`, what `super().__new__(cls, ...)` finds in an
/// exception class that defines its own `__new__`: an instance whose `args` are the rest of
/// the arguments, and for an exception group its message and exceptions, checked.
pub(crate) fn exception_new_builtin() -> Value {
    Value::Builtin(Rc::new(super::objects::BuiltinObj {
        name: "__new__",
        func: exception_new,
        bound: None,
        owner: "staticmethod",
    }))
}

fn exception_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = match args.pos.first() {
        Some(Value::Class(c)) if c.is_exception() => c.clone(),
        Some(Value::Class(c)) => {
            let msg = format!(
                "BaseException.__new__({0}): {0} is not a subtype of BaseException",
                c.name
            );
            return Err(vm.new_error(ExcKind::TypeError, &msg));
        }
        other => {
            let shown = other.map(|v| vm.type_name(v)).unwrap_or_else(|| "NULL".to_string());
            let msg = format!("BaseException.__new__(X): X is not a type object ({shown})");
            return Err(vm.new_error(ExcKind::TypeError, &msg));
        }
    };
    let rest = Args::positional(&args.pos[1..]);
    if vm.is_group_class(&class) {
        let (class, parts) = vm.group_new(&class, &rest)?;
        let instance = vm.bare_instance(&class, &rest)?;
        set_parts(&instance, parts);
        return Ok(instance);
    }
    vm.bare_instance(&class, &rest)
}
