//! Metaclasses that take part in making a class (CPython's `type_call`, `type_new` and
//! `__build_class__`): `__prepare__` gives the body's namespace, calling the metaclass runs
//! its `__new__` then its `__init__`, class keywords reach them and `__init_subclass__`; and
//! `type`'s own `__new__`, `__init__`, `__call__` and `__prepare__`, as a metaclass reaches
//! them through `super()` or `type.__new__(mcs, ...)`.

use super::interp::Invoked;
use super::objects::{BuiltinObj, ClassObj, DictObj, NativeFn};
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

/// `type.__new__`, `type.__init__`, `type.__call__` and `type.__prepare__` as functions (the
/// first argument is the metaclass, or the class for `__init__`/`__call__`).
pub(crate) fn type_slot(name: &str) -> Option<Value> {
    let (name, func): (&'static str, NativeFn) = match name {
        "__new__" => ("__new__", type_new_slot),
        "__init__" => ("__init__", type_init_slot),
        "__call__" => ("__call__", type_call_slot),
        "__prepare__" => ("__prepare__", type_prepare_slot),
        "__subclasses__" => ("__subclasses__", type_subclasses),
        "__repr__" => ("__repr__", type_repr_slot),
        "__instancecheck__" => ("__instancecheck__", type_instancecheck_slot),
        "__subclasscheck__" => ("__subclasscheck__", type_subclasscheck_slot),
        _ => return None,
    };
    // `__new__` and `__prepare__` are static (CPython: a static method and a class method
    // whose class argument is passed explicitly here), the others bind to the class.
    let owner = if matches!(name, "__new__" | "__prepare__") { "staticmethod" } else { "type" };
    Some(Value::Builtin(Rc::new(BuiltinObj { name, func, bound: None, owner })))
}

fn type_new_slot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((mcs, rest)) = args.pos.split_first() else {
        return Err(vm.new_error(ExcKind::TypeError, "type.__new__(): not enough arguments"));
    };
    let Value::Class(mcs) = mcs else {
        let msg = format!("type.__new__(X): X is not a type object ({})", vm.type_name(mcs));
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    };
    if let [one] = rest {
        if Rc::ptr_eq(mcs, &vm.types.type_) && args.kw_names.is_empty() {
            return Ok(Value::Class(vm.class_of(one)));
        }
    }
    let rest = rest.to_vec();
    vm.type_new_in(mcs, &rest, Args { pos: &[], ..args })
}

fn type_init_slot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !matches!(args.pos.len(), 2 | 4) {
        return Err(vm.new_error(ExcKind::TypeError, "type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

fn type_call_slot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = class_receiver(vm, &args, "__call__")?.clone();
    let rest = args.pos[1..].to_vec();
    let invoked = vm.instantiate(&class, Args { pos: &rest, ..args })?;
    vm.finish_invoked(invoked)
}

/// `cls.__subclasses__()`: the live classes that name `cls` among their bases.
pub(crate) fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(class)) = args.pos.first() else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "unbound method type.__subclasses__() needs an argument",
        ));
    };
    let live: Vec<Value> =
        class.subclasses.borrow().iter().filter_map(|w| w.upgrade()).map(Value::Class).collect();
    Ok(Value::list(live))
}

/// The class (first) argument of a method of `type`'s, unbound or reached through `super()`.
fn class_receiver<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Rc<ClassObj>> {
    match args.pos.first() {
        Some(Value::Class(c)) => Ok(c),
        Some(other) => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "descriptor '{name}' requires a 'type' object but received a '{}'",
                vm.type_name(other)
            ),
        )),
        None => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("descriptor '{name}' of 'type' object needs an argument"),
        )),
    }
}

/// The class and the one argument of a `type` method that takes one (`__instancecheck__`).
fn class_and_one_argument<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
) -> PyResult<(&'a Rc<ClassObj>, &'a Value)> {
    let class = class_receiver(vm, args, name)?;
    match args.pos {
        [_, arg] => Ok((class, arg)),
        _ => {
            let given = args.pos.len().saturating_sub(1);
            let msg = format!("type.{name}() takes exactly one argument ({given} given)");
            Err(vm.new_error(ExcKind::TypeError, &msg))
        }
    }
}

/// `type.__repr__(cls)`: `<class 'module.Name'>`, whatever the metaclass says (a
/// metaclass's own `__repr__` reaches it through `super()`).
fn type_repr_slot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = class_receiver(vm, &args, "__repr__")?;
    crate::vm::call::check_arity(vm, "__repr__", &args, 1, 1)?;
    Ok(Value::str(&vm.repr_class(class)))
}

/// `type.__instancecheck__(cls, obj)`: the real check, without the metaclass's hook that
/// usually calls it through `super()`.
fn type_instancecheck_slot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (class, obj) = class_and_one_argument(vm, &args, "__instancecheck__")?;
    Ok(Value::Bool(vm.class_of(obj).is_subclass_of(class)))
}

/// `type.__subclasscheck__(cls, sub)`: the real check, without the metaclass's hook.
fn type_subclasscheck_slot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (class, sub) = class_and_one_argument(vm, &args, "__subclasscheck__")?;
    match sub {
        Value::Class(sub) => Ok(Value::Bool(sub.is_subclass_of(class))),
        _ => Err(vm.new_error(ExcKind::TypeError, "issubclass() arg 1 must be a class")),
    }
}

fn type_prepare_slot(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Dict(Rc::new(DictObj::new())))
}

impl Vm {
    /// CPython's `_PyType_CalculateMetaclass`: the most derived of the explicit metaclass
    /// (or `type`) and the bases' metaclasses; a metaclass conflict is a TypeError.
    pub(crate) fn winner_metaclass(
        &mut self,
        explicit: Option<Rc<ClassObj>>,
        bases: &[Rc<ClassObj>],
    ) -> PyResult<Rc<ClassObj>> {
        let type_ = self.types.type_.clone();
        let mut winner = explicit.unwrap_or_else(|| type_.clone());
        for base in bases {
            let meta = base.metaclass.clone().unwrap_or_else(|| type_.clone());
            if winner.is_subclass_of(&meta) {
                continue;
            }
            if meta.is_subclass_of(&winner) {
                winner = meta;
                continue;
            }
            return Err(self.new_error(
                ExcKind::TypeError,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// The namespace a class body runs in: `meta.__prepare__(name, bases, **kwds)` for a
    /// metaclass that defines it, else a new dict. Also returns the object the metaclass is
    /// given as the namespace (a dict subclass instance stays itself).
    pub(crate) fn prepare_namespace(
        &mut self,
        meta: &Value,
        name: &str,
        bases: &Value,
        kwds: &(Vec<Value>, Vec<Value>),
    ) -> PyResult<(Rc<DictObj>, Value)> {
        let prepare = match meta {
            Value::Class(m) if m.lookup_user("__prepare__").is_some() => {
                Some(self.get_attr(meta, "__prepare__")?)
            }
            _ => None,
        };
        let Some(prepare) = prepare else {
            let ns = Rc::new(DictObj::new());
            return Ok((ns.clone(), Value::Dict(ns)));
        };
        let pos = [Value::str(name), bases.clone()];
        let made =
            self.call(&prepare, Args { pos: &pos, kw_names: &kwds.0, kw_values: &kwds.1 })?;
        match &made {
            Value::Dict(d) if !d.is_defaultdict() => Ok((d.clone(), made.clone())),
            Value::Instance(inst) => {
                // Reads go to the dict itself: a mapping that changes them is not modelled.
                let reads = ["__getitem__", "__missing__", "__contains__"]
                    .iter()
                    .any(|n| inst.class.lookup_user(n).is_some());
                match super::builtin_subclass::base_of(&made) {
                    Some(Value::Dict(d)) if !reads => Ok((d.clone(), made.clone())),
                    _ => Err(self
                        .unsupported_now("a metaclass __prepare__ that returns a custom mapping")),
                }
            }
            other => {
                let meta_name = match meta {
                    Value::Class(m) => m.name.to_string(),
                    _ => self.type_name(meta),
                };
                let msg = format!(
                    "{meta_name}.__prepare__() must return a mapping, not {}",
                    self.type_name(other)
                );
                Err(self.new_error(ExcKind::TypeError, &msg))
            }
        }
    }

    /// Calling a metaclass (a subclass of `type`): its `__new__` (or `type.__new__`) makes the
    /// class, then its `__init__` runs when the result is an instance of it (`type_call`).
    pub(crate) fn call_metaclass(&mut self, mcs: &Rc<ClassObj>, args: Args) -> PyResult<Value> {
        let new = match mcs.lookup_user("__new__") {
            Some(_) => self.get_attr(&Value::Class(mcs.clone()), "__new__")?,
            None => type_slot("__new__").unwrap_or(Value::None),
        };
        let metaclass = Value::Class(mcs.clone());
        let made = self.call_bound(&metaclass, args, |vm, args| vm.call(&new, args))?;
        if !matches!(made, Value::Class(_)) {
            return Ok(made);
        }
        let is_instance = self.class_of(&made).is_subclass_of(mcs);
        if is_instance {
            if let Some(init) = mcs.lookup_user("__init__") {
                let result = self.call_bound(&made, args, |vm, args| vm.call(&init, args))?;
                if !result.is_none() {
                    let msg =
                        format!("__init__() should return None, not '{}'", self.type_name(&result));
                    return Err(self.new_error(ExcKind::TypeError, &msg));
                }
            }
        }
        Ok(made)
    }

    /// `name = v` in a class body: through the mapping's `__setitem__` when the namespace is
    /// one a `__prepare__` made (an enum's), else into the dict.
    pub(crate) fn store_in_namespace(
        &mut self,
        ns: &Rc<DictObj>,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        let mapping = self
            .custom_namespaces
            .iter()
            .rev()
            .find(|(d, _)| Rc::ptr_eq(d, ns))
            .map(|(_, m)| m.clone());
        match mapping {
            Some(m) => self.set_item(&m, Value::str(name), v),
            None => {
                super::methods::dict::set_str(ns, name, v);
                Ok(())
            }
        }
    }

    /// The value an `Invoked` stands for, running its frame (for native callers).
    pub(crate) fn finish_invoked(&mut self, invoked: Invoked) -> PyResult<Value> {
        match invoked {
            Invoked::Value(v) => Ok(v),
            Invoked::Frame(frame) => self.run_to_completion(frame),
            Invoked::Init(frame, instance) => {
                let result = self.run_to_completion(frame)?;
                if !result.is_none() {
                    let msg =
                        format!("__init__() should return None, not '{}'", self.type_name(&result));
                    return Err(self.new_error(ExcKind::TypeError, &msg));
                }
                Ok(instance)
            }
        }
    }
}
