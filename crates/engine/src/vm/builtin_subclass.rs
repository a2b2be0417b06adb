//! Instances of the program's subclasses of built-in types (`class Defaults(dict)`,
//! `class Cents(int)`): an ordinary instance (its own attributes, its class's methods) that
//! carries the built-in value it extends. Operations the subclass does not override reach
//! that value, as CPython's inherited type slots do; built-in methods get it as `self`.

use super::native::{native_state, NativeState};
use super::objects::{BuiltinType, ClassObj, InstanceObj};
use super::value::Value;
use super::{Args, PyResult, Vm};
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

/// The built-in types a class of the program may extend.
pub fn is_subclassable(layout: BuiltinType) -> bool {
    matches!(
        layout,
        BuiltinType::Dict
            | BuiltinType::List
            | BuiltinType::Int
            | BuiltinType::Float
            | BuiltinType::Str
            | BuiltinType::Tuple
    )
}

/// The built-in value inside an instance of a subclass of a built-in type.
pub fn base_of(v: &Value) -> Option<&Value> {
    match native_state(v) {
        Some(NativeState::Base(b)) => Some(b),
        _ => None,
    }
}

impl Vm {
    /// The built-in value of `v` when `v` is such an instance whose class does not define
    /// `dunder` itself: the operation then applies to that value.
    pub(crate) fn base_for(&self, v: &Value, dunder: &str) -> Option<Value> {
        let Value::Instance(inst) = v else { return None };
        let base = base_of(v)?;
        if inst.class.lookup_user(dunder).is_some() {
            return None;
        }
        Some(base.clone())
    }

    /// The built-in class a subclass's instances extend (`dict` for `class D(dict)`).
    fn builtin_base_class(&self, class: &Rc<ClassObj>) -> Option<Rc<ClassObj>> {
        class.mro().find(|c| !c.is_user && c.builtin == class.builtin).cloned()
    }

    /// Makes an instance of `class`, a subclass of a built-in type. A mutable base (dict,
    /// list) starts empty when the class has its own `__init__`, which fills it through
    /// `super().__init__(...)`; otherwise the arguments build the base, as `__new__` does.
    pub(crate) fn new_builtin_subclass_instance(
        &mut self,
        class: &Rc<ClassObj>,
        args: &Args,
        has_init: bool,
    ) -> PyResult<Value> {
        let Some(base_class) = self.builtin_base_class(class) else {
            return Err(self.internal_error("a built-in subclass without its built-in base"));
        };
        let mutable = matches!(class.builtin, BuiltinType::Dict | BuiltinType::List);
        let base = if has_init && mutable {
            self.construct_builtin(&base_class, Args::positional(&[]))?
        } else if has_init {
            // An immutable base takes the arguments `__new__` gets (CPython's `int.__new__`).
            self.construct_builtin(&base_class, Args { pos: args.pos, ..*args })?
        } else {
            self.construct_builtin(&base_class, Args { pos: args.pos, ..*args })?
        };
        Ok(Value::Instance(Rc::new(InstanceObj {
            class: class.clone(),
            dict: RefCell::new(IndexMap::new()),
            exception: None,
            native: Some(Box::new(NativeState::Base(base))),
        })))
    }
}
