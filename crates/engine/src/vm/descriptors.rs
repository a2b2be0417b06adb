//! Descriptors: what an attribute found on a class does when read, written or deleted
//! through an instance or the class (CPython's `tp_descr_get`/`tp_descr_set`).
//!
//! `property`, `classmethod`, `staticmethod` and the member descriptors `__slots__` makes are
//! written in C in CPython, so they are native here: instances of native classes whose state
//! is a `Descriptor`. A class of the program that defines `__get__` (and `__set__` or
//! `__delete__`) is a descriptor too, called like CPython calls it.

use super::native::{native_state, NativeClass, NativeState};
use super::objects::ClassObj;
use super::value::Value;
use super::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::cell::RefCell;
use std::rc::Rc;

/// The state of a native descriptor object.
pub enum Descriptor {
    Property(Property),
    ClassMethod(Value),
    StaticMethod(Value),
    /// A slot of `__slots__`: the value lives in the instance under `name`.
    Member {
        name: Rc<str>,
        owner: Rc<str>,
    },
    /// The `__dict__` or `__weakref__` a class adds for its instances (CPython's
    /// `getset_descriptor`). Only the class's `__dict__` view shows one: instances answer
    /// those names directly, so the class dict itself holds no such entry.
    GetSet {
        name: Rc<str>,
        owner: Rc<str>,
    },
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// Whether `doc` came from the getter's docstring (a copy with a new getter then takes
    /// the new getter's).
    pub doc_from_getter: bool,
    /// The attribute name, given by `__set_name__` when the class is made (for messages).
    pub name: RefCell<Option<Rc<str>>>,
}

const PROPERTY: NativeClass = NativeClass {
    module: "builtins",
    name: "property",
    methods: &[
        ("getter", property_getter),
        ("setter", property_setter),
        ("deleter", property_deleter),
        ("__get__", descriptor_dunder_get),
        ("__set__", descriptor_dunder_set),
        ("__delete__", descriptor_dunder_delete),
        ("__set_name__", property_set_name),
    ],
    new: Some(property_new),
};

const CLASSMETHOD: NativeClass = NativeClass {
    module: "builtins",
    name: "classmethod",
    methods: &[("__get__", descriptor_dunder_get)],
    new: Some(classmethod_new),
};

const STATICMETHOD: NativeClass = NativeClass {
    module: "builtins",
    name: "staticmethod",
    methods: &[("__get__", descriptor_dunder_get), ("__call__", staticmethod_call)],
    new: Some(staticmethod_new),
};

const MEMBER: NativeClass = NativeClass {
    module: "builtins",
    name: "member_descriptor",
    // A data descriptor, as CPython's (`hasattr(type(slot), '__set__')`).
    methods: &[
        ("__get__", descriptor_dunder_get),
        ("__set__", descriptor_dunder_set),
        ("__delete__", descriptor_dunder_delete),
    ],
    new: None,
};

const GETSET: NativeClass = NativeClass {
    module: "builtins",
    name: "getset_descriptor",
    methods: &[("__get__", descriptor_dunder_get)],
    new: None,
};

/// Puts `property`, `classmethod` and `staticmethod` in the builtins module.
pub fn install(vm: &mut Vm) {
    for spec in [&PROPERTY, &CLASSMETHOD, &STATICMETHOD] {
        let class = vm.native_class(spec);
        vm.builtins.set(spec.name, Value::Class(class));
    }
}

/// The descriptor state of a value, if it is a native descriptor.
pub fn descriptor_of(v: &Value) -> Option<&Descriptor> {
    match native_state(v) {
        Some(NativeState::Descriptor(d)) => Some(d),
        _ => None,
    }
}

impl Vm {
    fn new_descriptor(&mut self, spec: &NativeClass, d: Descriptor) -> Value {
        let class = self.native_class(spec);
        self.new_native(class, NativeState::Descriptor(d))
    }

    /// A read-only property over a native getter: a C type's get-only member (`sock.timeout`).
    pub(crate) fn new_getter_property(&mut self, fget: Value) -> Value {
        let p = new_property(self, fget, Value::None, Value::None, Value::None);
        self.new_descriptor(&PROPERTY, Descriptor::Property(p))
    }

    /// A member descriptor for slot `name` of class `owner`.
    pub(crate) fn new_member(&mut self, name: &str, owner: &str) -> Value {
        self.new_descriptor(&MEMBER, Descriptor::Member { name: name.into(), owner: owner.into() })
    }

    /// The `__dict__` or `__weakref__` descriptor of class `owner`, for its `__dict__` view.
    pub(crate) fn new_getset(&mut self, name: &str, owner: &str) -> Value {
        self.new_descriptor(&GETSET, Descriptor::GetSet { name: name.into(), owner: owner.into() })
    }

    /// A descriptor whose `__set__`/`__delete__` wins over the instance's own attributes.
    pub(crate) fn is_data_descriptor(&self, v: &Value) -> bool {
        match descriptor_of(v) {
            Some(Descriptor::Property(_) | Descriptor::Member { .. }) => true,
            Some(_) => false,
            None => match v {
                Value::Instance(inst) if inst.class.is_user => {
                    inst.class.lookup("__set__").is_some()
                        || inst.class.lookup("__delete__").is_some()
                }
                _ => false,
            },
        }
    }

    /// `is_data_descriptor`, but not a slot of `__slots__` (whose reads and writes run no
    /// Python code).
    pub(crate) fn is_python_data_descriptor(&self, v: &Value) -> bool {
        !matches!(descriptor_of(v), Some(Descriptor::Member { .. })) && self.is_data_descriptor(v)
    }

    /// Reading `attr`, found on class `owner`, through `instance` (or through the class when
    /// `instance` is None): CPython's `tp_descr_get`.
    pub(crate) fn descriptor_get(
        &mut self,
        attr: Value,
        instance: Option<&Value>,
        owner: &Rc<ClassObj>,
    ) -> PyResult<Value> {
        if let Some(d) = descriptor_of(&attr) {
            return match d {
                Descriptor::Property(p) => match instance {
                    None => Ok(attr.clone()),
                    Some(obj) if p.fget.is_none() => {
                        Err(self.property_error(p, obj, "has no getter"))
                    }
                    Some(obj) => {
                        let fget = p.fget.clone();
                        self.call(&fget, Args::positional(std::slice::from_ref(obj)))
                    }
                },
                // 3.9–3.12: a classmethod wrapping another descriptor (`@classmethod
                // @property`) hands the class to that descriptor's `__get__`.
                Descriptor::ClassMethod(f)
                    if matches!(descriptor_of(f), Some(Descriptor::Property(_))) =>
                {
                    let class = Value::Class(owner.clone());
                    let meta = self.class_of(&class);
                    self.descriptor_get(f.clone(), Some(&class), &meta)
                }
                Descriptor::ClassMethod(f) => Ok(bound_method(Value::Class(owner.clone()), f)),
                Descriptor::StaticMethod(f) => Ok(f.clone()),
                Descriptor::Member { name, owner: owner_name } => match instance {
                    None => Ok(attr.clone()),
                    Some(obj) => self.member_get(obj, name, owner_name),
                },
                Descriptor::GetSet { name, .. } => match instance {
                    None => Ok(attr.clone()),
                    Some(obj) => {
                        let name = name.clone();
                        self.get_attr(obj, &name)
                    }
                },
            };
        }
        match &attr {
            Value::Function(_) => Ok(match instance {
                Some(obj) => bound_method(obj.clone(), &attr),
                None => attr,
            }),
            // A built-in classmethod (`dict.fromkeys`) is marked by its owner "classmethod";
            // the `classmethod` type's own methods (`__get__`) are not classmethods.
            Value::Builtin(b) if b.owner == "classmethod" && &*owner.name != "classmethod" => {
                Ok(super::attrs::bind(&Value::Class(owner.clone()), attr.clone()))
            }
            Value::Builtin(_) => Ok(match instance {
                Some(obj) => super::attrs::bind(obj, attr),
                None => attr,
            }),
            Value::Instance(inst) if inst.class.is_user => match inst.class.lookup("__get__") {
                Some(get) => {
                    let on = instance.cloned().unwrap_or(Value::None);
                    self.call(
                        &get,
                        Args::positional(&[attr.clone(), on, Value::Class(owner.clone())]),
                    )
                }
                None => Ok(attr),
            },
            _ => Ok(attr),
        }
    }

    /// Writing through a data descriptor; `Ok(false)` when `attr` is not one.
    pub(crate) fn descriptor_set(
        &mut self,
        attr: &Value,
        instance: &Value,
        value: Value,
    ) -> PyResult<bool> {
        match descriptor_of(attr) {
            Some(Descriptor::Property(p)) => {
                if p.fset.is_none() {
                    return Err(self.property_error(p, instance, "has no setter"));
                }
                let fset = p.fset.clone();
                self.call(&fset, Args::positional(&[instance.clone(), value]))?;
                Ok(true)
            }
            Some(Descriptor::Member { name, .. }) => {
                if let Value::Instance(inst) = instance {
                    inst.dict.borrow_mut().insert(name.clone(), value);
                }
                Ok(true)
            }
            Some(_) => Ok(false),
            None => match attr {
                Value::Instance(inst) if inst.class.is_user => match inst.class.lookup("__set__") {
                    Some(set) => {
                        self.call(
                            &set,
                            Args::positional(&[attr.clone(), instance.clone(), value]),
                        )?;
                        Ok(true)
                    }
                    None if inst.class.lookup("__delete__").is_some() => {
                        Err(self.new_error(ExcKind::AttributeError, "__set__"))
                    }
                    None => Ok(false),
                },
                _ => Ok(false),
            },
        }
    }

    /// Deleting through a data descriptor; `Ok(false)` when `attr` is not one.
    pub(crate) fn descriptor_delete(&mut self, attr: &Value, instance: &Value) -> PyResult<bool> {
        match descriptor_of(attr) {
            Some(Descriptor::Property(p)) => {
                if p.fdel.is_none() {
                    return Err(self.property_error(p, instance, "has no deleter"));
                }
                let fdel = p.fdel.clone();
                self.call(&fdel, Args::positional(std::slice::from_ref(instance)))?;
                Ok(true)
            }
            Some(Descriptor::Member { name, .. }) => {
                let removed = match instance {
                    Value::Instance(inst) => inst.dict.borrow_mut().shift_remove(name).is_some(),
                    _ => false,
                };
                if !removed {
                    return Err(self.new_error(ExcKind::AttributeError, name));
                }
                Ok(true)
            }
            Some(_) => Ok(false),
            None => match attr {
                Value::Instance(inst) if inst.class.is_user => {
                    match inst.class.lookup("__delete__") {
                        Some(del) => {
                            self.call(&del, Args::positional(&[attr.clone(), instance.clone()]))?;
                            Ok(true)
                        }
                        None if inst.class.lookup("__set__").is_some() => {
                            Err(self.new_error(ExcKind::AttributeError, "__delete__"))
                        }
                        None => Ok(false),
                    }
                }
                _ => Ok(false),
            },
        }
    }

    fn member_get(&mut self, obj: &Value, name: &str, owner: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) if inst.class.mro().any(|c| &*c.name == owner) => {
                match inst.dict.borrow().get(name) {
                    Some(v) => Ok(v.clone()),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
            other => Err(self.new_error(
                ExcKind::TypeError,
                &format!(
                    "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
                    self.type_name(other)
                ),
            )),
        }
    }

    /// `property 'x' of 'C' object has no setter` (without a name when the property was not
    /// made in a class body).
    fn property_error(&self, p: &Property, obj: &Value, what: &str) -> PyErr {
        // CPython names the type by its qualified name here (`'Shapes.Circle' object`).
        let class = self.class_of(obj);
        let type_name = super::repr::assigned_class_name(&class, "__qualname__", &class.qualname);
        let msg = match &*p.name.borrow() {
            Some(name) => format!("property '{name}' of '{type_name}' object {what}"),
            None => format!("property of '{type_name}' object {what}"),
        };
        self.new_error(ExcKind::AttributeError, &msg)
    }

    /// The attributes of descriptor objects: `fget`, `__func__`, `__doc__`, ...
    pub(crate) fn descriptor_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let Some(d) = descriptor_of(obj) else { return Ok(None) };
        Ok(match (d, name) {
            (Descriptor::Property(p), "fget") => Some(p.fget.clone()),
            (Descriptor::Property(p), "fset") => Some(p.fset.clone()),
            (Descriptor::Property(p), "fdel") => Some(p.fdel.clone()),
            (Descriptor::Property(p), "__doc__") => Some(p.doc.clone()),
            (Descriptor::Property(p), "__isabstractmethod__") => {
                let fget = p.fget.clone();
                Some(self.is_abstract(&fget)?)
            }
            (
                Descriptor::ClassMethod(f) | Descriptor::StaticMethod(f),
                "__func__" | "__wrapped__",
            ) => Some(f.clone()),
            (
                Descriptor::ClassMethod(f) | Descriptor::StaticMethod(f),
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__",
            ) => {
                let f = f.clone();
                Some(self.get_attr(&f, name)?)
            }
            (Descriptor::ClassMethod(f) | Descriptor::StaticMethod(f), "__isabstractmethod__") => {
                let f = f.clone();
                Some(self.is_abstract(&f)?)
            }
            (
                Descriptor::Member { name: slot, .. } | Descriptor::GetSet { name: slot, .. },
                "__name__",
            ) => Some(Value::str(slot)),
            _ => None,
        })
    }

    fn is_abstract(&mut self, f: &Value) -> PyResult<Value> {
        if f.is_none() {
            return Ok(Value::Bool(false));
        }
        match self.get_attr(f, "__isabstractmethod__") {
            Ok(v) => Ok(Value::Bool(self.truthy(&v)?)),
            Err(_) => Ok(Value::Bool(false)),
        }
    }

    /// The repr of a descriptor object, when it is not `<property object at 0x...>`.
    pub(crate) fn descriptor_repr(&mut self, d: &Descriptor) -> PyResult<Option<String>> {
        Ok(match d {
            Descriptor::Property(_) => None,
            Descriptor::ClassMethod(f) => Some(format!("<classmethod({})>", self.repr(f)?)),
            Descriptor::StaticMethod(f) => Some(format!("<staticmethod({})>", self.repr(f)?)),
            Descriptor::Member { name, owner } => {
                Some(format!("<member '{name}' of '{owner}' objects>"))
            }
            Descriptor::GetSet { name, owner } => {
                Some(format!("<attribute '{name}' of '{owner}' objects>"))
            }
        })
    }

    /// Gives properties their names and calls `__set_name__` of the program's descriptors,
    /// for each attribute of a class just made (CPython's `type_new_set_names`).
    pub(crate) fn set_names(&mut self, class: &Rc<ClassObj>) -> PyResult<()> {
        let items: Vec<(Rc<str>, Value)> =
            class.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (name, value) in items {
            if let Some(Descriptor::Property(p)) = descriptor_of(&value) {
                p.name.borrow_mut().get_or_insert(name);
                continue;
            }
            if let Value::Instance(inst) = &value {
                if !inst.class.is_user {
                    continue;
                }
                if let Some(set_name) = inst.class.lookup("__set_name__") {
                    let args = [value.clone(), Value::Class(class.clone()), Value::str(&name)];
                    match self.call(&set_name, Args::positional(&args)) {
                        Ok(_) => {}
                        Err(super::PyErr::Exception(cause)) => {
                            // CPython 3.11 wraps the error (`_PyErr_FormatFromCause`).
                            let message = format!(
                                "Error calling __set_name__ on '{}' instance '{name}' in '{}'",
                                inst.class.name, class.name
                            );
                            let err = self.new_error(crate::ExcKind::RuntimeError, &message);
                            if let super::PyErr::Exception(new) = &err {
                                if let Some(state) = super::exceptions::state_of(new) {
                                    state.borrow_mut().context = Some(cause.clone());
                                }
                                super::exceptions::set_cause(new, Some(cause));
                            }
                            return Err(err);
                        }
                        Err(other) => return Err(other),
                    }
                }
            }
        }
        Ok(())
    }
}

fn bound_method(receiver: Value, function: &Value) -> Value {
    match function {
        Value::Builtin(_) => super::attrs::bind(&receiver, function.clone()),
        // Any other callable binds too (`classmethod(GenericAlias)`): CPython's classmethod
        // makes a method object of whatever it wraps.
        _ => Value::BoundMethod(Rc::new(super::objects::BoundMethodObj {
            receiver,
            function: function.clone(),
        })),
    }
}

fn this_property<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a Property> {
    match args.pos.first().and_then(descriptor_of) {
        Some(Descriptor::Property(p)) => Ok(p),
        _ => Err(vm.new_error(ExcKind::TypeError, "descriptor requires a 'property' object")),
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["fget", "fset", "fdel", "doc"];
    let given = &args.pos[1..];
    if given.len() > 4 {
        let msg = format!("property() takes at most 4 arguments ({} given)", given.len());
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    for (slot, v) in slots.iter_mut().zip(given) {
        *slot = v.clone();
    }
    for (k, v) in args.keywords() {
        match names.iter().position(|n| *n == k) {
            Some(i) => slots[i] = v.clone(),
            None => {
                let msg = format!("property() got an unexpected keyword argument '{k}'");
                return Err(vm.new_error(ExcKind::TypeError, &msg));
            }
        }
    }
    let [fget, fset, fdel, doc] = slots;
    let p = new_property(vm, fget, fset, fdel, doc);
    Ok(vm.new_descriptor(&PROPERTY, Descriptor::Property(p)))
}

/// A property; without a `doc`, the getter's docstring is its doc.
fn new_property(vm: &mut Vm, fget: Value, fset: Value, fdel: Value, doc: Value) -> Property {
    let mut doc_from_getter = false;
    let mut doc = doc;
    if doc.is_none() && !fget.is_none() {
        doc = vm.get_attr(&fget, "__doc__").unwrap_or(Value::None);
        doc_from_getter = true;
    }
    Property { fget, fset, fdel, doc, doc_from_getter, name: RefCell::new(None) }
}

/// `prop.getter(f)` and friends: a copy of the property with one function replaced.
fn property_copy(vm: &mut Vm, args: &Args, which: usize, method: &str) -> PyResult<Value> {
    crate::vm::call::check_method(
        vm,
        "property",
        method,
        args,
        crate::vm::call::MethodArity::One,
        &[],
    )?;
    let p = this_property(vm, args)?;
    let f = args.pos[1].clone();
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    // A docstring taken from the old getter gives way to the new getter's.
    let doc = if p.doc_from_getter && !fget.is_none() { Value::None } else { p.doc.clone() };
    let name = p.name.borrow().clone();
    let copy = new_property(vm, fget, fset, fdel, doc);
    *copy.name.borrow_mut() = name;
    Ok(vm.new_descriptor(&PROPERTY, Descriptor::Property(copy)))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, 0, "getter")
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, 1, "setter")
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, 2, "deleter")
}

fn descriptor_dunder_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, obj, value] = args.pos else {
        return Err(vm.new_error(ExcKind::TypeError, "expected 2 arguments, got fewer"));
    };
    vm.descriptor_set(this, obj, value.clone())?;
    Ok(Value::None)
}

fn descriptor_dunder_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, obj] = args.pos else {
        return Err(vm.new_error(ExcKind::TypeError, "expected 1 argument"));
    };
    vm.descriptor_delete(this, obj)?;
    Ok(Value::None)
}

fn property_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this_property(vm, &args)?;
    if let Some(name) = args.pos.get(2).and_then(|n| n.as_str()) {
        *p.name.borrow_mut() = Some(name.into());
    }
    Ok(Value::None)
}

/// `descr.__get__(obj, type=None)`.
fn descriptor_dunder_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, obj, owner) = match args.pos {
        [this, obj] => (this, obj, None),
        [this, obj, owner] => (this, obj, Some(owner)),
        _ => return Err(vm.new_error(ExcKind::TypeError, "expected at least 1 argument, got 0")),
    };
    let owner = match owner {
        Some(Value::Class(c)) => c.clone(),
        _ => vm.class_of(obj),
    };
    let instance = (!obj.is_none()).then_some(obj);
    vm.descriptor_get(this.clone(), instance, &owner)
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = wrapped_callable(vm, &args, "classmethod")?;
    Ok(vm.new_descriptor(&CLASSMETHOD, Descriptor::ClassMethod(f)))
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = wrapped_callable(vm, &args, "staticmethod")?;
    Ok(vm.new_descriptor(&STATICMETHOD, Descriptor::StaticMethod(f)))
}

fn wrapped_callable(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(
            vm.new_error(ExcKind::TypeError, &format!("{name}() takes no keyword arguments"))
        );
    }
    match &args.pos[1..] {
        [f] => Ok(f.clone()),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("{name} expected 1 argument, got {}", other.len()),
        )),
    }
}

/// Calling a staticmethod object calls its function (Python 3.10+).
fn staticmethod_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = match args.pos.first().and_then(descriptor_of) {
        Some(Descriptor::StaticMethod(f)) => f.clone(),
        _ => return Err(vm.new_error(ExcKind::TypeError, "staticmethod required")),
    };
    vm.call(&f, Args { pos: &args.pos[1..], ..args })
}
