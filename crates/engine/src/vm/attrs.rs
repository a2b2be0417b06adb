//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and the `LOAD_METHOD`
//! shortcut that avoids making a bound method for `obj.method(...)`.

use super::attr_site::AttrSite;
use super::classes::SuperObj;
use super::methods::object::default_dunder;
use super::names::{key_for, StoreSite};
use super::objects::{BoundMethodObj, BuiltinObj, ClassObj, GenKind, InstanceObj};
use super::value::Value;
use super::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

/// A function's attributes that live in its own fields in CPython, not in its `__dict__`.
/// The built-in types whose methods' `owner` is the type's name (their qualname's prefix).
pub(crate) const BUILTIN_TYPE_NAMES: &[&str] = &[
    "object",
    "type",
    "int",
    "bool",
    "float",
    "str",
    "bytes",
    "bytearray",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "slice",
    "memoryview",
];

const FUNCTION_SLOTS: &[&str] =
    &["__name__", "__qualname__", "__doc__", "__module__", "__annotations__"];

impl Vm {
    /// `obj.name`; an AttributeError carries `name` and `obj` for the traceback's hints.
    #[inline]
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.get_attr_inner(obj, name, None).map_err(|e| self.attribute_error_context(e, obj, name))
    }

    /// `get_attr` for an attribute site (`LOAD_ATTR`), with its inline cache (`attr_site`):
    /// an instance's dict is asked first at the site's hint, where the site last found
    /// `name`, and the class's data descriptors are not searched again for a class the site
    /// already found without one of this name.
    pub(crate) fn get_attr_at_site(
        &mut self,
        obj: &Value,
        name: &str,
        site: &AttrSite,
    ) -> PyResult<Value> {
        self.get_attr_inner(obj, name, Some(site))
            .map_err(|e| self.attribute_error_context(e, obj, name))
    }

    fn get_attr_inner(
        &mut self,
        obj: &Value,
        name: &str,
        site: Option<&AttrSite>,
    ) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) if inst.class.has_getattribute.get() => {
                self.user_getattribute(obj, inst, name)
            }
            Value::Instance(inst) => self.instance_attr(obj, inst, name, site, true),
            Value::Class(c) => self.class_attr(c, name),
            Value::Module(m) => {
                match site.map_or_else(|| m.get(name), |s| m.get_hinted(name, &s.hint)) {
                    Some(v) => Ok(v),
                    None if name == "__name__" => Ok(Value::str(&m.name)),
                    None if name == "__dict__" => super::namespaces::module_dict(self, m),
                    // Made `{}` on first read (3.10+), as a class's are.
                    None if name == "__annotations__" => {
                        let made = Value::Dict(Rc::new(super::objects::DictObj::new()));
                        m.set(name, made.clone());
                        Ok(made)
                    }
                    None => match self.library_attr(&m.name.clone(), name) {
                        Some(found) => found,
                        None => self.module_getattr_hook(m, name),
                    },
                }
            }
            Value::Super(s) => self.super_attr(s, name),
            Value::Function(f) if name == "__dict__" => {
                let pairs: Vec<(Rc<str>, Value)> = f
                    .attrs
                    .borrow()
                    .iter()
                    .filter(|(k, _)| !FUNCTION_SLOTS.contains(&&***k))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                // Writes through the dict reach the function (`f.__dict__.setdefault(...)`).
                let owner = super::objects::AttrsOwner::Function(Rc::downgrade(f));
                let dict =
                    Rc::new(super::objects::DictObj::object_attrs(self.types.dict.clone(), owner));
                for (name, value) in pairs {
                    let key = self.dict_key(&dict, Value::str(&name))?;
                    let ((), ok) = dict.mutate(|m| {
                        m.insert(key, value);
                    });
                    if !ok {
                        return Err(self.memory_error());
                    }
                }
                Ok(Value::Dict(dict))
            }
            Value::Function(f) if f.attr(name).is_some() => Ok(f.attr(name).unwrap_or(Value::None)),
            other => {
                if let Some(v) = self.special_attr(other, name)? {
                    return Ok(v);
                }
                if name == "__class__" {
                    return Ok(Value::Class(self.class_of(other)));
                }
                match self.class_of(other).lookup(name) {
                    Some(v) => Ok(bind(other, v)),
                    None => match self.builtin_instance_dunder(other, name) {
                        Some(v) => Ok(v),
                        // A bound method passes on what its own type lacks to its function
                        // (`obj.method.__wrapped__`), whose error names the function.
                        None => match other {
                            Value::BoundMethod(m) => self.get_attr(&m.function.clone(), name),
                            // A dict view's `mapping`: a read-only proxy of its dict.
                            Value::DictView(view) if name == "mapping" => {
                                let types = self.import_module("types")?;
                                let proxy = self.get_attr(&types, "MappingProxyType")?;
                                self.call1(&proxy, Value::Dict(view.dict.clone()))
                            }
                            // Asked only once the class has no such name: methods stay cheap.
                            _ => match self.private_attr(other, name)? {
                                Some(v) => Ok(v),
                                None if OBJECT_DUNDERS_UNSUPPORTED.contains(&name) => {
                                    let of = format!("{}.{name}", self.type_name(other));
                                    Err(self.unsupported_now(&format!("`{of}`")))
                                }
                                None => Err(self.no_attribute(other, name)),
                            },
                        },
                    },
                }
            }
        }
    }

    /// An attribute of an instance as `object.__getattribute__` finds it: a data descriptor
    /// of its class, else its own dict (at the site's hint), else its class's attribute.
    /// With `getattr_hook` (an attribute read, not `object.__getattribute__` itself), what is
    /// not found, or a data descriptor's AttributeError, goes to the class's `__getattr__`.
    // Inlined into `get_attr_inner`, the attribute read's hot path: out of line it cost
    // 16 M instructions of 1,800 M on the echo benchmark.
    #[inline(always)]
    fn instance_attr(
        &mut self,
        obj: &Value,
        inst: &Rc<InstanceObj>,
        name: &str,
        site: Option<&AttrSite>,
        getattr_hook: bool,
    ) -> PyResult<Value> {
        if let Some(found) = self.data_descriptor_at(&inst.class, name, site) {
            // A data descriptor with `__set__` but no `__get__` lets the instance's dict answer
            // first; the class lookup below then finds the descriptor itself.
            if !without_get(&found) {
                let got = self.descriptor_get(found, Some(obj), &inst.class);
                return if getattr_hook { self.or_getattr_hook(obj, name, got) } else { got };
            }
        }
        let dict = inst.dict.borrow();
        let found = match site {
            Some(site) => dict.get_hinted(name, &site.hint),
            None => dict.get(name),
        };
        if let Some(v) = found {
            return Ok(v.clone());
        }
        drop(dict);
        if name == "__traceback__" && inst.exception.is_some() {
            return Ok(self.traceback_object(obj));
        }
        if let Some(v) = self.exception_attr(obj, name) {
            return Ok(v);
        }
        if inst.native.is_some() {
            if let Some(v) = self.native_instance_attr(obj, name)? {
                return Ok(v);
            }
        }
        if name == "__class__" {
            return Ok(Value::Class(inst.class.clone()));
        }
        if name == "__doc__" && !inst.class.is_user {
            if let Some(doc) = builtin_type_doc(&inst.class) {
                return Ok(Value::str(doc));
            }
        }
        if name == "__dict__" && inst.class.has_instance_dict {
            // A class may define `__dict__` itself (`threading.local` shows each thread its
            // own dict).
            if let Some(own) = inst.class.lookup(name) {
                if matches!(
                    super::descriptors::descriptor_of(&own),
                    Some(super::descriptors::Descriptor::Property(_))
                ) {
                    return self.descriptor_get(own, Some(obj), &inst.class);
                }
            }
            return self.instance_dict(inst);
        }
        if let Some(v) = inst.class.lookup(name) {
            let got = self.descriptor_get(v, Some(obj), &inst.class);
            // A non-data descriptor's AttributeError goes to `__getattr__` as a miss does.
            return if getattr_hook { self.or_getattr_hook(obj, name, got) } else { got };
        }
        // A built-in base's methods come before `object`'s (its place in the MRO), and
        // `object`'s own methods are found before `__getattr__` is asked, as in CPython,
        // where they are in the MRO's last dict.
        if let Some(method) = self.inherited_slot_wrapper(obj, inst, name) {
            return Ok(method);
        }
        let owner = super::methods::object::DunderOwner::of(self, name, inst.class.mro());
        if let Some(f) = default_dunder(name, owner) {
            return Ok(bind(obj, f));
        }
        if name == "__weakref__" && inst.class.has_instance_dict {
            return Ok(crate::stdlib::weakref_module::first_reference(inst));
        }
        match inst.class.lookup("__getattr__").filter(|_| getattr_hook) {
            Some(getattr) => {
                self.call(&getattr, super::Args::positional(&[obj.clone(), Value::str(name)]))
            }
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// An attribute read on an instance whose class defines `__getattribute__`: the hook
    /// answers, and its AttributeError falls back to `__getattr__` (`slot_tp_getattr_hook`).
    fn user_getattribute(
        &mut self,
        obj: &Value,
        inst: &Rc<InstanceObj>,
        name: &str,
    ) -> PyResult<Value> {
        let Some(hook) = inst.class.lookup_user("__getattribute__") else {
            return self.instance_attr(obj, inst, name, None, true);
        };
        let got = self.call(&hook, super::Args::positional(&[obj.clone(), Value::str(name)]));
        self.or_getattr_hook(obj, name, got)
    }

    /// `object.__getattribute__(obj, name)`: `getattr` without the class's own hook.
    pub(crate) fn generic_get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self
                .instance_attr(obj, inst, name, None, false)
                .map_err(|e| self.attribute_error_context(e, obj, name)),
            _ => self.get_attr(obj, name),
        }
    }

    /// A protocol dunder read on a built-in object itself (`nums.__len__()`, `it.__next__()`,
    /// `(5).__add__(3)`), CPython's method-wrapper: an iterator's `__next__` and `__iter__`,
    /// else its type's slot wrapper bound to it. `None` where the type has no such slot, so
    /// `hasattr(5, "__len__")` stays false.
    fn builtin_instance_dunder(&self, obj: &Value, name: &str) -> Option<Value> {
        let iterator = match obj {
            Value::Iter(_) => true,
            Value::Gen(g) => g.kind == GenKind::Generator,
            _ => false,
        };
        let (name, func): (&'static str, super::objects::NativeFn) = match name {
            "__next__" if iterator => ("__next__", iterator_dunder_next),
            "__iter__" if iterator => ("__iter__", iterator_dunder_iter),
            "__length_hint__" if has_length_hint(obj) => {
                ("__length_hint__", crate::stdlib::operator_module::iterator_length_hint)
            }
            "__get__" if matches!(obj, Value::Function(_)) => ("__get__", function_dunder_get),
            // `hasattr(f, "__call__")`, the classic callable test, and `f.__call__(...)`.
            "__call__"
                if matches!(
                    obj,
                    Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_)
                ) =>
            {
                ("__call__", callable_dunder_call)
            }
            "__getstate__" => {
                let owner = super::methods::object::DunderOwner::Object;
                return super::methods::object::default_dunder(name, owner).map(|f| bind(obj, f));
            }
            _ => match super::builtin_subclass::slot_wrapper(self.class_of(obj).builtin, name) {
                Some(wrapper) => return Some(bind(obj, wrapper)),
                None => {
                    return super::builtin_subclass::protocol_dunder(obj, name)
                        .or_else(|| object_dunder(obj, name))
                        .or_else(|| {
                            let doc =
                                (name == "__doc__").then(|| builtin_type_doc(&self.class_of(obj)));
                            doc.flatten().map(Value::str)
                        })
                }
            },
        };
        let owner = match self.type_name(obj).as_str() {
            // A method-wrapper in reprs, as `object`'s slots are.
            _ if name == "__call__" => "object",
            "generator" => "generator",
            "function" => "function",
            _ => "iterator",
        };
        Some(Value::Builtin(Rc::new(BuiltinObj { name, func, bound: Some(obj.clone()), owner })))
    }

    /// `x.__getitem__` on an instance of a subclass of a built-in type: the built-in type's
    /// slot wrapper, bound to the instance itself (not its base value), so that a dict
    /// subclass's `__missing__` still answers through it.
    fn inherited_slot_wrapper(&self, obj: &Value, inst: &InstanceObj, name: &str) -> Option<Value> {
        super::builtin_subclass::base_of(obj)?;
        let Value::Builtin(wrapper) =
            super::builtin_subclass::slot_wrapper(inst.class.builtin, name)?
        else {
            return None;
        };
        let method = BuiltinObj {
            name: wrapper.name,
            func: wrapper.func,
            bound: Some(obj.clone()),
            owner: wrapper.owner,
        };
        Some(Value::Builtin(Rc::new(method)))
    }

    pub(crate) fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        self.new_error(
            ExcKind::AttributeError,
            &format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        )
    }

    fn class_attr(&mut self, c: &Rc<ClassObj>, name: &str) -> PyResult<Value> {
        // `type`'s data descriptors: a class's own name, never a base's (an assigned one is
        // kept in the class's dict, where its subclasses' lookups must not find it).
        let own_name = matches!(name, "__name__" | "__qualname__")
            && c.metaclass.as_ref().is_none_or(|m| m.lookup_user(name).is_none());
        if own_name {
            if let Some(v) = c.dict.borrow().get(name) {
                return Ok(v.clone());
            }
            return Ok(Value::str(if name == "__name__" { &c.name } else { &c.qualname }));
        }
        // `object.__class__` is a data descriptor on the metaclass's MRO: it wins over the
        // class's own dict, unless the metaclass overrides it.
        if name == "__class__" && c.metaclass.as_ref().is_none_or(|m| m.lookup_user(name).is_none())
        {
            return Ok(Value::Class(self.class_of(&Value::Class(c.clone()))));
        }
        // `type.__dict__` is a data descriptor too: a `__dict__` a class (or a base) defines
        // for its instances (`threading.local`'s property) is not what reading the class's
        // gives.
        if name == "__dict__" && c.metaclass.as_ref().is_none_or(|m| m.lookup_user(name).is_none())
        {
            return self.class_dict(c);
        }
        // `type.__annotations__` is a data descriptor (3.10+): a class's own annotations,
        // made `{}` on first read for the program's and the library's classes, never a base's.
        if name == "__annotations__"
            && c.is_user
            && c.metaclass.as_ref().is_none_or(|m| m.lookup_user(name).is_none())
        {
            if let Some(v) = c.dict.borrow().get(name) {
                return Ok(v.clone());
            }
            let made = Value::Dict(Rc::new(super::objects::DictObj::new()));
            c.dict.borrow_mut().insert(key_for(name), made.clone());
            crate::vm::lookup_cache::class_dicts_changed();
            return Ok(made);
        }
        if name == "__new__" && !c.is_user && c.is_exception() {
            return Ok(super::exception_groups::exception_new_builtin());
        }
        // `int.__new__(cls, 5)`: the built-in type's own constructor, not object's.
        if name == "__new__" && !c.is_user && !c.dict.borrow().contains_key(name) {
            if let Some(f) = super::builtin_subclass::slot_wrapper(c.builtin, name) {
                return Ok(f);
            }
        }
        // A metaclass's own methods, then `type`'s (before `object`'s further along).
        if c.is_subclass_of(&self.types.type_) {
            if let Some(f) = super::metaclasses::type_slot(name) {
                return match c.lookup_user(name) {
                    Some(v) => self.descriptor_get(v, None, c),
                    None => Ok(f),
                };
            }
        }
        if let Some(v) = c.lookup(name) {
            let got = self.descriptor_get(v, None, c);
            // A descriptor's AttributeError goes to the metaclass's `__getattr__`, as any
            // miss does (`Color.value`: enum's property refuses, `EnumType.__getattr__`
            // answers).
            if let Err(PyErr::Exception(e)) = &got {
                if self.exception_is(e, ExcKind::AttributeError) {
                    let hook = c.metaclass.as_ref().and_then(|m| m.lookup_user("__getattr__"));
                    if let Some(hook) = hook {
                        let args = [Value::Class(c.clone()), Value::str(name)];
                        return self.call(&hook, Args::positional(&args));
                    }
                }
            }
            return got;
        }
        // The metaclass's methods and properties, bound to the class.
        if let Some(meta) = c.metaclass.clone() {
            if let Some(v) = meta.lookup_user(name) {
                return self.descriptor_get(v, Some(&Value::Class(c.clone())), &meta);
            }
        }
        if let Some(f) = super::builtin_subclass::slot_wrapper(c.builtin, name) {
            return Ok(f);
        }
        let owner = super::methods::object::DunderOwner::of(self, name, c.mro());
        if let Some(f) = default_dunder(name, owner) {
            return Ok(f);
        }
        // `type.__call__` bound to the class: `hasattr(C, "__call__")`, `C.__call__(...)`.
        if name == "__call__" {
            if let Some(Value::Builtin(f)) = super::metaclasses::type_slot(name) {
                let bound = Some(Value::Class(c.clone()));
                let call = BuiltinObj { name: f.name, func: f.func, bound, owner: "object" };
                return Ok(Value::Builtin(Rc::new(call)));
            }
        }
        Ok(match name {
            "__name__" => Value::str(&c.name),
            "__qualname__" => Value::str(&c.qualname),
            "__module__" => Value::str(&c.module),
            "__bases__" => Value::tuple(c.bases.iter().map(|b| Value::Class(b.clone())).collect()),
            "__mro__" => Value::tuple(c.mro().map(|b| Value::Class(b.clone())).collect()),
            "__doc__" => builtin_type_doc(c).map_or(Value::None, Value::str),
            // `type.__subclasses__` bound to the class (a metaclass finds it unbound above).
            // `type.mro` bound to the class: its method resolution order as a list.
            "mro" => Value::Builtin(Rc::new(super::objects::BuiltinObj {
                name: "mro",
                func: type_mro,
                bound: Some(Value::Class(c.clone())),
                owner: "type",
            })),
            "__subclasses__" => Value::Builtin(Rc::new(super::objects::BuiltinObj {
                name: "__subclasses__",
                func: super::metaclasses::type_subclasses,
                bound: Some(Value::Class(c.clone())),
                owner: "type",
            })),
            "__dict__" => self.class_dict(c)?,
            // The base whose layout instances have (CPython's `best_base`): one that is a
            // built-in type other than `object`, or has slots, else the first.
            "__base__" => match c.bases.iter().find(|b| has_own_layout(b)).or(c.bases.first()) {
                Some(b) => Value::Class(b.clone()),
                None => Value::None,
            },
            _ => {
                // A metaclass's `__getattr__` answers what the class lacks.
                let hook = c.metaclass.as_ref().and_then(|m| m.lookup_user("__getattr__"));
                if let Some(hook) = hook {
                    let args = [Value::Class(c.clone()), Value::str(name)];
                    return self.call(&hook, Args::positional(&args));
                }
                // `tp_name`: a class written in C carries its module (`'_asyncio.Task'`).
                let shown = super::native::c_type_name(c);
                return Err(self.new_error(
                    ExcKind::AttributeError,
                    &format!("type object '{shown}' has no attribute '{name}'"),
                ));
            }
        })
    }

    /// Attributes that are not methods: a function's `__name__`, a range's `start`, ...
    /// The attributes of native instances that their state answers: a frame object's, a
    /// traceback's `tb_frame`, a deque's `maxlen`, a property's `fget`, ...
    #[cold]
    #[inline(never)]
    fn native_instance_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = obj else { return Ok(None) };
        match inst.native.as_deref() {
            Some(super::native::NativeState::Frame(g)) => {
                let g = g.clone();
                return self.frame_attr(&g, name);
            }
            Some(super::native::NativeState::FinishedFrame(f)) => {
                let f = f.clone();
                return self.finished_frame_attr(&f, name);
            }
            Some(super::native::NativeState::LiveFrame(f)) => {
                let f = f.clone();
                return self.live_frame_attr(&f, name);
            }
            Some(super::native::NativeState::Stream(s)) => {
                if let Some(what) = crate::stdlib::std_streams::unsupported_attribute(*s, name) {
                    return Err(self.unsupported_now(&what));
                }
            }
            _ => {}
        }
        if name == "tb_frame" && self.is_traceback(obj) {
            return Ok(Some(self.traceback_frame(obj)));
        }
        if let Some(v) = self.deque_attr(obj, name) {
            return Ok(Some(v));
        }
        // The number getsets of an int or float subclass's instance (an IntEnum member's
        // `.real`, `Fraction(member)`'s `.numerator`): the built-in value's, as exact numbers.
        // A defaultdict subclass's instance (`class Tally(defaultdict)`): the dict's factory.
        if name == "default_factory" {
            if let Some(Value::Dict(d)) = super::builtin_subclass::base_of(obj) {
                if d.is_defaultdict() {
                    return Ok(Some(d.default_factory()));
                }
            }
        }
        if matches!(name, "real" | "imag" | "numerator" | "denominator") {
            let base = super::builtin_subclass::base_of(obj);
            if let Some(base @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_))) = base {
                let base = base.clone();
                return self.special_attr(&base, name);
            }
        }
        self.descriptor_attr(obj, name)
    }

    fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Value::Function(f) = obj {
            if let Some(v) = f.attrs.borrow().get(name) {
                return Ok(Some(v.clone()));
            }
            if name == "__annotations__" {
                // Made on first read, as CPython does.
                let d = Value::Dict(Rc::new(super::objects::DictObj::new()));
                f.attrs.borrow_mut().insert(name.into(), d.clone());
                return Ok(Some(d));
            }
            if name == "__globals__" {
                return super::namespaces::module_dict(self, &f.module).map(Some);
            }
        }
        // Other built-ins' docstrings are not here: their AttributeError lets
        // `functools.wraps(math.sqrt)` go on as before (a stop would end the program).
        if let (Value::Builtin(b), "__doc__") = (obj, name) {
            return Ok(builtin_function_doc(b).map(Value::str));
        }
        Ok(Some(match (obj, name) {
            (Value::Function(f), "__name__") => Value::str(&f.name),
            (Value::Function(f), "__qualname__") => Value::str(&f.qualname),
            (Value::Function(f), "__module__") => Value::str(&f.module.name),
            (Value::Function(f), "__code__") => Value::Code(f.code.clone()),
            (Value::Function(f), "__defaults__") => match &*f.defaults.borrow() {
                Some(t) => Value::Tuple(t.clone()),
                None => Value::None,
            },
            (Value::Function(f), "__doc__") => match f.code.consts.first() {
                Some(doc @ Value::Str(_)) => doc.clone(),
                _ => Value::None,
            },
            (Value::Builtin(b), "__name__") => Value::str(b.name),
            // What a built-in method was taken from (`[].append.__self__` is the list).
            (Value::Builtin(b), "__self__") if b.bound.is_some() => {
                b.bound.clone().unwrap_or(Value::None)
            }
            // A built-in function's module (`print.__self__`). Other modules' functions are
            // not all C functions in CPython (`json.dumps` is Python, `random.random` a bound
            // method), so they keep the AttributeError of before.
            (Value::Builtin(b), "__self__") if b.owner == "builtins" => {
                self.import_module("builtins")?
            }
            (Value::Builtin(b), "__module__") => match &b.bound {
                Some(receiver) if !matches!(receiver, Value::Module(_)) => Value::None,
                _ => Value::str(crate::asyncio::api::builtin_module(b.owner, b.name)),
            },
            (Value::Builtin(b), "__qualname__") => match &b.bound {
                // A classmethod bound to its class: `dict.fromkeys`, `int.from_bytes`.
                Some(Value::Class(c)) => Value::string(format!("{}.{}", c.name, b.name)),
                Some(receiver) if !matches!(receiver, Value::Module(_)) => {
                    Value::string(format!("{}.{}", self.type_name(receiver), b.name))
                }
                // A method read from its built-in type: `str.join`, `list.append`.
                None if BUILTIN_TYPE_NAMES.contains(&b.owner) => {
                    Value::string(format!("{}.{}", b.owner, b.name))
                }
                _ => Value::str(b.name),
            },
            (Value::Function(f), "__closure__") => {
                if f.closure.is_empty() {
                    Value::None
                } else {
                    // In `co_freevars` order: CPython sorts the names, the compiler here
                    // numbers them as it meets them.
                    let mut cells: Vec<(&Rc<str>, Value)> = f
                        .code
                        .freevars
                        .iter()
                        .zip(&f.closure)
                        .map(|(name, c)| (name, Value::Cell(c.clone())))
                        .collect();
                    cells.sort_by(|a, b| a.0.cmp(b.0));
                    Value::tuple(cells.into_iter().map(|(_, c)| c).collect())
                }
            }
            (Value::Function(f), "__kwdefaults__") => {
                let flat: Option<Vec<Value>> = f.kwdefaults.borrow().as_ref().map(|pairs| {
                    pairs.iter().flat_map(|(k, v)| [Value::str(k), v.clone()]).collect()
                });
                match flat {
                    Some(flat) => self.dict_from_pairs(flat)?,
                    None => Value::None,
                }
            }
            (Value::BoundMethod(m), "__self__") => m.receiver.clone(),
            (Value::BoundMethod(m), "__func__") => m.function.clone(),
            (Value::BoundMethod(m), "__name__" | "__qualname__" | "__module__" | "__doc__") => {
                return self.get_attr(&m.function.clone(), name).map(Some)
            }
            (Value::Range(r), "start") => Value::Int(r.start),
            (Value::Range(r), "stop") => Value::Int(r.stop),
            (Value::Range(r), "step") => Value::Int(r.step),
            (Value::Slice(s), "start") => s.start.clone(),
            (Value::Slice(s), "stop") => s.stop.clone(),
            (Value::Slice(s), "step") => s.step.clone(),
            (Value::Gen(g), "__name__") => Value::str(&g.name),
            (Value::Gen(g), "__qualname__") => Value::str(&g.qualname),
            (Value::Gen(g), "ag_running") if g.kind == GenKind::AsyncGenerator => {
                Value::Bool(g.agen.running_async.get())
            }
            (Value::Gen(g), "ag_code") if g.kind == GenKind::AsyncGenerator => {
                Value::Code(g.code.clone())
            }
            (Value::Gen(g), "ag_await") if g.kind == GenKind::AsyncGenerator => awaited(g),
            (Value::Gen(g), "cr_suspended" | "gi_suspended")
                if g.kind != GenKind::AsyncGenerator =>
            {
                if (name == "cr_suspended") != (g.kind == GenKind::Coroutine) {
                    return Ok(None);
                }
                Value::Bool(g.state.get() == super::objects::GenState::Suspended)
            }
            (Value::Gen(g), "cr_running" | "gi_running")
                if name.starts_with(frame_attr_prefix(g.kind)) =>
            {
                Value::Bool(g.state.get() == super::objects::GenState::Running)
            }
            (Value::Gen(g), "cr_origin") if g.kind == GenKind::Coroutine => origin_attr(g.serial),
            (Value::Gen(g), "gi_frame" | "cr_frame" | "ag_frame")
                if name.starts_with(frame_attr_prefix(g.kind)) =>
            {
                self.generator_frame(g)
            }
            (Value::Gen(g), "cr_code" | "gi_code")
                if name.starts_with(frame_attr_prefix(g.kind)) =>
            {
                Value::Code(g.code.clone())
            }
            (Value::Gen(g), "cr_await" | "gi_yieldfrom") if g.kind != GenKind::AsyncGenerator => {
                let is_coro = g.kind == GenKind::Coroutine;
                if (name == "cr_await") != is_coro {
                    return Ok(None);
                }
                awaited(g)
            }
            (Value::Cell(c), "cell_contents") => match &*c.borrow() {
                Some(v) => v.clone(),
                None => return Err(self.new_error(ExcKind::ValueError, "Cell is empty")),
            },
            (Value::Code(c), "co_name") => Value::str(&c.name),
            (Value::Code(c), "co_qualname") => Value::str(&c.qualname),
            (Value::Code(c), "co_filename") => Value::str(&c.filename),
            (Value::Code(c), "co_firstlineno") => Value::Int(c.first_line as i64),
            (Value::Code(c), "co_argcount") => Value::Int(c.arg_count as i64),
            (Value::Code(c), "co_posonlyargcount") => Value::Int(c.posonly_count as i64),
            (Value::Code(c), "co_kwonlyargcount") => Value::Int(c.kwonly_count as i64),
            (Value::Code(c), "co_flags") => Value::Int(c.flags()),
            (Value::Code(c), "co_varnames") => {
                Value::tuple(code_varnames(c).map(|n| Value::str(n)).collect())
            }
            (Value::Code(c), "co_nlocals") => Value::Int(code_varnames(c).count() as i64),
            (Value::Code(c), "co_freevars") => sorted_names(&c.freevars),
            (Value::Code(c), "co_cellvars") => sorted_names(&c.cellvars),
            (Value::Slice(s), "indices") => Value::Builtin(Rc::new(BuiltinObj {
                name: "indices",
                func: slice_indices_method,
                bound: Some(Value::Slice(s.clone())),
                owner: "slice",
            })),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
                Value::from_bigint(super::numbers::to_bigint(obj).unwrap_or_default())
            }
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Value::Int(0),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Value::Int(1),
            (Value::Float(f), "real") => Value::Float(*f),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::MemoryView(m), _) => return self.memoryview_attr(m, name),
            (Value::Dict(d), "default_factory") if d.is_defaultdict() => d.default_factory(),
            (Value::NativeCoro(c), "__name__") => Value::str(c.name),
            (Value::NativeCoro(c), "__qualname__") => Value::str(c.qualname),
            (Value::NativeCoro(c), "cr_origin") => origin_attr(c.serial),
            (Value::NativeCoro(c), "cr_await") => {
                c.body.try_borrow().ok().and_then(|b| b.awaiting()).unwrap_or(Value::None)
            }
            // The code of the Python coroutine CPython runs there (`asyncio.tasks.sleep`).
            (Value::NativeCoro(c), "cr_code") if matches!(c.name, "sleep" | "wait_for") => {
                let tasks = self.import_module("asyncio.tasks")?;
                let function = self.get_attr(&tasks, c.name)?;
                self.get_attr(&function, "__code__")?
            }
            (Value::NativeCoro(c), "cr_running") => {
                Value::Bool(c.state.get() == super::objects::GenState::Running)
            }
            // CPython's is a Python coroutine with a frame; this one runs natively.
            (Value::NativeCoro(c), "cr_frame" | "gi_frame") => {
                let what = format!("the frame of asyncio's {}() coroutine", c.qualname);
                return Err(self.unsupported_attr(&what));
            }
            (Value::Future(_) | Value::Handle(_) | Value::TimerHandle(_) | Value::Loop(_), _) => {
                return self.asyncio_attr(obj, name);
            }
            _ => return Ok(None),
        }))
    }

    /// A module-level `__getattr__` (PEP 562) answers what the module lacks; when it has
    /// none, or its `AttributeError` is for a name CPython's module has, that name is not
    /// supported yet (the library's lazy names, `typing.Pattern`, come from such a hook).
    pub(crate) fn module_getattr_hook(
        &mut self,
        m: &Rc<super::objects::ModuleObj>,
        name: &str,
    ) -> PyResult<Value> {
        let Some(hook) = m.get("__getattr__") else {
            return Err(self.missing_module_attr(&m.name, name));
        };
        match self.call(&hook, super::Args::positional(&[Value::str(name)])) {
            Err(PyErr::Exception(e))
                if self.exception_is(&e, ExcKind::AttributeError)
                    && crate::stdlib::native_modules::cpython_has(&m.name, name) =>
            {
                Err(self.missing_module_attr(&m.name, name))
            }
            r => r,
        }
    }

    /// The attributes every exception has: `args`, `__cause__`, `__context__`, ...
    fn exception_attr(&self, obj: &Value, name: &str) -> Option<Value> {
        let state = super::exceptions::state_of(obj)?;
        let s = state.borrow();
        Some(match name {
            "args" if self.exception_is(obj, ExcKind::OSError) => {
                let blocking_io = self.exception_is(obj, ExcKind::BlockingIOError);
                Value::tuple(super::os_error::visible_args(&s.args, blocking_io).to_vec())
            }
            "characters_written" if self.exception_is(obj, ExcKind::BlockingIOError) => {
                super::os_error::written_count(&s.args, true)?.clone()
            }
            "args" => Value::tuple(s.args.clone()),
            "__cause__" => s.cause.clone().unwrap_or(Value::None),
            "__context__" => s.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(s.suppress_context),
            "message" | "exceptions" if s.group.is_some() => {
                let parts = s.group.as_ref()?;
                match name {
                    "message" => parts.message.clone(),
                    _ => Value::tuple(parts.exceptions.clone()),
                }
            }
            "value" if self.exception_is(obj, ExcKind::StopIteration) => {
                s.args.first().cloned().unwrap_or(Value::None)
            }
            // Set on the errors `import` raises (`import_error`); None on others.
            "name" | "path" if self.exception_is(obj, ExcKind::ImportError) => Value::None,
            // Set by the errors the interpreter raises; None on the program's own.
            "name" if self.exception_is(obj, ExcKind::NameError) => Value::None,
            "name" | "obj" if self.exception_is(obj, ExcKind::AttributeError) => Value::None,
            "msg" if self.exception_is(obj, ExcKind::ImportError) => match s.args.as_slice() {
                [one] => one.clone(),
                _ => Value::None,
            },
            "errno" | "strerror" | "filename" | "filename2"
                if self.exception_is(obj, ExcKind::OSError) =>
            {
                let blocking_io = self.exception_is(obj, ExcKind::BlockingIOError);
                super::os_error::attr(super::os_error::naming_args(&s.args, blocking_io), name)?
            }
            "msg"
            | "filename"
            | "lineno"
            | "offset"
            | "text"
            | "end_lineno"
            | "end_offset"
            | "print_file_and_line"
                if self.exception_is(obj, ExcKind::SyntaxError) =>
            {
                syntax_error_field(&s.args, name)
            }
            // `SystemExit_init`: no argument is None, one is itself, more are the tuple.
            "code" if self.exception_is(obj, ExcKind::SystemExit) => match s.args.as_slice() {
                [] => Value::None,
                [code] => code.clone(),
                all => Value::tuple(all.to_vec()),
            },
            "encoding" | "object" | "start" | "end" | "reason"
                if s.args.len() == 5
                    && (self.exception_is(obj, ExcKind::UnicodeEncodeError)
                        || self.exception_is(obj, ExcKind::UnicodeDecodeError)) =>
            {
                let i = ["encoding", "object", "start", "end", "reason"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                s.args[i].clone()
            }
            "object" | "start" | "end" | "reason"
                if s.args.len() == 4 && self.exception_is(obj, ExcKind::UnicodeTranslateError) =>
            {
                let i = ["object", "start", "end", "reason"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                s.args[i].clone()
            }
            _ => return None,
        })
    }

    pub fn set_attr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        self.set_attr_keyed(obj, name, None, value)
    }

    /// `obj.name = value` from a compiled `STORE_ATTR`, whose interned name becomes the
    /// instance dict's key when the attribute is new (no lookup in the interner).
    pub(crate) fn store_attr(
        &mut self,
        obj: &Value,
        name: &Rc<str>,
        site: &AttrSite,
        value: Value,
    ) -> PyResult<()> {
        self.set_attr_keyed(obj, name, Some(StoreSite { key: name, site }), value)
    }

    fn set_attr_keyed(
        &mut self,
        obj: &Value,
        name: &str,
        site: Option<StoreSite<'_>>,
        value: Value,
    ) -> PyResult<()> {
        if let Some(f) = self.meta_method(obj, "__setattr__") {
            let args = [obj.clone(), Value::str(name), value];
            return self.call(&f, Args::positional(&args)).map(drop);
        }
        if let Value::Instance(inst) = obj {
            if let Some(f) = inst.class.user_setattr().filter(binds_as_method) {
                let args = [obj.clone(), Value::str(name), value];
                return self.call(&f, Args::positional(&args)).map(drop);
            }
        }
        self.generic_set_attr_keyed(obj, name, site, value)
    }

    /// `object.__setattr__`: what assignment does without a class's own `__setattr__`.
    pub(crate) fn generic_set_attr(
        &mut self,
        obj: &Value,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        self.generic_set_attr_keyed(obj, name, None, value)
    }

    /// `generic_set_attr` from an attribute store site, which has the interned name to store
    /// for a new instance attribute and remembers where the instance dict holds it.
    fn generic_set_attr_keyed(
        &mut self,
        obj: &Value,
        name: &str,
        site: Option<StoreSite<'_>>,
        value: Value,
    ) -> PyResult<()> {
        match obj {
            // complex's `real` and `imag` are read-only members.
            Value::Instance(inst)
                if inst.native.is_some()
                    && !inst.class.is_user
                    && matches!(name, "real" | "imag")
                    && super::complex_type::complex_parts(obj).is_some() =>
            {
                Err(self.new_error(ExcKind::AttributeError, "readonly attribute"))
            }
            Value::Instance(inst) if inst.native.is_some() && !inst.class.is_user => {
                let what = self.type_name(obj);
                Err(if self.deque_attr(obj, name).is_some() {
                    self.new_error(
                        ExcKind::AttributeError,
                        &format!("attribute '{name}' of '{what}' objects is not writable"),
                    )
                } else {
                    self.no_attribute(obj, name)
                })
            }
            Value::Dict(d) if d.is_defaultdict() && name == "default_factory" => {
                if let Some(extra) = &d.extra {
                    *extra.default_factory.borrow_mut() = value;
                }
                Ok(())
            }
            Value::Instance(_)
                if name == "default_factory"
                    && matches!(
                        super::builtin_subclass::base_of(obj),
                        Some(Value::Dict(d)) if d.is_defaultdict()
                    ) =>
            {
                if let Some(Value::Dict(d)) = super::builtin_subclass::base_of(obj) {
                    if let Some(extra) = &d.extra {
                        *extra.default_factory.borrow_mut() = value;
                    }
                }
                Ok(())
            }
            Value::Instance(inst) => {
                let cache = site.map(|site| site.site);
                if let Some(found) = self.data_descriptor_at(&inst.class, name, cache) {
                    if self.descriptor_set(&found, obj, value.clone())? {
                        return Ok(());
                    }
                }
                if name == "__class__" {
                    // An instance's class is fixed here; storing it in the dict instead would
                    // leave `type(obj)` unchanged without a word.
                    return Err(self.unsupported_attr("assigning to an instance's `__class__`"));
                }
                if name == "__dict__" && inst.class.has_instance_dict {
                    // CPython makes the dict given the instance's own: later writes to it are
                    // the instance's attributes. Stored as an attribute, or copied, it would
                    // look like the program's bug.
                    return Err(self.unsupported_attr("assigning to an instance's `__dict__`"));
                }
                if !inst.class.has_instance_dict {
                    return Err(self.no_dict_for(obj, &inst.class, name));
                }
                if let Some(state) = &inst.exception {
                    // CPython's setters check what they are given.
                    let is_exception = |v: &Value| {
                        v.is_none() || matches!(v, Value::Instance(i) if i.exception.is_some())
                    };
                    let refused = match name {
                        "__cause__" if !is_exception(&value) => {
                            Some("exception cause must be None or derive from BaseException")
                        }
                        "__context__" if !is_exception(&value) => {
                            Some("exception context must be None or derive from BaseException")
                        }
                        "__suppress_context__" if !matches!(value, Value::Bool(_)) => {
                            Some("attribute value type must be bool")
                        }
                        _ => None,
                    };
                    if let Some(message) = refused {
                        return Err(self.new_error(ExcKind::TypeError, message));
                    }
                    if super::exception_groups::is_readonly_part(obj, name) {
                        return Err(self.new_error(ExcKind::AttributeError, "readonly attribute"));
                    }
                    let mut s = state.borrow_mut();
                    match name {
                        "args" => {
                            drop(s);
                            let items = self.collect(&value)?;
                            if let Some(state) = &inst.exception {
                                state.borrow_mut().args = items;
                            }
                            return Ok(());
                        }
                        "__cause__" => {
                            s.cause = (!value.is_none()).then_some(value);
                            s.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            s.context = (!value.is_none()).then_some(value);
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            s.suppress_context = matches!(value, Value::Bool(true));
                            return Ok(());
                        }
                        "__traceback__" => {
                            drop(s);
                            return self.set_traceback(obj, &value);
                        }
                        _ => {}
                    }
                }
                let mut dict = inst.dict.borrow_mut();
                // Replacing keeps the key: no new string for every store to an attribute.
                // A store site finds the slot at its hint, else by one hash.
                let old = match site {
                    Some(site) => dict.store_hinted(site, value),
                    None => match dict.get_mut(name) {
                        Some(slot) => Some(std::mem::replace(slot, value)),
                        None => dict.insert(key_for(name), value),
                    },
                };
                drop(dict);
                drop(old);
                Ok(())
            }
            // `type`'s setters take only strings (and then the class is renamed: its dict
            // keeps the name, which `class_attr` and the reprs read).
            Value::Class(c)
                if c.is_user
                    && matches!(name, "__name__" | "__qualname__")
                    && !matches!(value, Value::Str(_)) =>
            {
                let shown = super::repr::assigned_class_name(c, "__name__", &c.name);
                Err(self.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "can only assign string to {shown}.{name}, not '{}'",
                        self.type_name(&value)
                    ),
                ))
            }
            // `type`'s read-only getsets.
            Value::Class(c)
                if c.is_user
                    && matches!(
                        name,
                        "__mro__"
                            | "__base__"
                            | "__basicsize__"
                            | "__itemsize__"
                            | "__flags__"
                            | "__weakrefoffset__"
                            | "__dictoffset__"
                    ) =>
            {
                Err(self.new_error(ExcKind::AttributeError, "readonly attribute"))
            }
            Value::Class(c) if c.is_user && name == "__dict__" => Err(self.new_error(
                ExcKind::AttributeError,
                "attribute '__dict__' of 'type' objects is not writable",
            )),
            Value::Class(c) if c.is_user && name == "__bases__" => {
                Err(self.unsupported_attr("assigning to a class's `__bases__`"))
            }
            Value::Class(c) if c.is_user => {
                if self.is_data_descriptor(&value) {
                    c.set_inherited_flag(|k| &k.has_data_descriptors);
                }
                if self.is_python_data_descriptor(&value) {
                    c.set_inherited_flag(|k| &k.has_python_descriptors);
                }
                if name == "__del__" {
                    c.set_inherited_flag(|k| &k.has_finalizer);
                }
                if name == "__getattribute__" {
                    c.set_inherited_flag(|k| &k.has_getattribute);
                }
                if name == "__getattr__" {
                    c.set_inherited_flag(|k| &k.has_getattr);
                }
                let old = c.dict.borrow_mut().insert(key_for(name), value);
                crate::vm::lookup_cache::class_dicts_changed();
                drop(old);
                Ok(())
            }
            Value::Class(c) => Err(self.new_error(
                ExcKind::TypeError,
                &format!(
                    "cannot set '{name}' attribute of immutable type '{}'",
                    super::native::c_type_name(c)
                ),
            )),
            Value::Module(m) => {
                m.set(name, value);
                Ok(())
            }
            Value::Function(f) if name == "__defaults__" => {
                let new = match value {
                    Value::None => None,
                    Value::Tuple(t) => Some(t),
                    other => match super::builtin_subclass::base_of(&other) {
                        Some(Value::Tuple(t)) => Some(t.clone()),
                        _ => {
                            return Err(self.new_error(
                                ExcKind::TypeError,
                                "__defaults__ must be set to a tuple object",
                            ))
                        }
                    },
                };
                drop(f.defaults.replace(new));
                Ok(())
            }
            Value::Function(f) if name == "__kwdefaults__" => {
                let new = match &value {
                    Value::None => None,
                    Value::Dict(d) => Some(super::objects::kwdefaults_from(d)),
                    _ => {
                        return Err(self.new_error(
                            ExcKind::TypeError,
                            "__kwdefaults__ must be set to a dict object",
                        ))
                    }
                };
                drop(f.kwdefaults.replace(new));
                Ok(())
            }
            Value::Function(_)
                if matches!(name, "__name__" | "__qualname__")
                    && !matches!(value, Value::Str(_)) =>
            {
                let message = format!("{name} must be set to a string object");
                Err(self.new_error(ExcKind::TypeError, &message))
            }
            Value::Function(f) if name == "__annotations__" => match value {
                Value::Dict(_) | Value::None => {
                    // None empties them: the next read makes a new dict, as CPython's getter.
                    let value = match value {
                        Value::None => Value::Dict(Rc::new(super::objects::DictObj::new())),
                        dict => dict,
                    };
                    let old = f.attrs.borrow_mut().insert(name.into(), value);
                    drop(old);
                    Ok(())
                }
                _ => Err(self
                    .new_error(ExcKind::TypeError, "__annotations__ must be set to a dict object")),
            },
            Value::Function(_) if name == "__dict__" => match value {
                // The given dict would become the function's attributes; a copy or an
                // attribute named `__dict__` would not behave so.
                Value::Dict(_) => {
                    Err(self.unsupported_attr("assigning to a function's `__dict__`"))
                }
                other => {
                    let message = format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        self.type_name(&other)
                    );
                    Err(self.new_error(ExcKind::TypeError, &message))
                }
            },
            Value::Function(_) if name == "__code__" => match value {
                Value::Code(_) => {
                    Err(self.unsupported_attr("assigning to a function's `__code__`"))
                }
                _ => {
                    Err(self.new_error(ExcKind::TypeError, "__code__ must be set to a code object"))
                }
            },
            Value::Function(_) if matches!(name, "__closure__" | "__globals__") => {
                Err(self.new_error(ExcKind::AttributeError, "readonly attribute"))
            }
            Value::BoundMethod(_) if matches!(name, "__self__" | "__func__") => {
                Err(self.new_error(ExcKind::AttributeError, "readonly attribute"))
            }
            Value::Function(f) if !matches!(name, "__code__" | "__closure__" | "__globals__") => {
                let old = f.attrs.borrow_mut().insert(name.into(), value);
                drop(old);
                Ok(())
            }
            Value::Future(_) | Value::Handle(_) | Value::TimerHandle(_) | Value::Loop(_) => {
                self.asyncio_set_attr(obj, name, value)
            }
            // The numbers' getset descriptors (`(1).real = 5`), which belong to `int` and
            // `float` (a bool's are int's).
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
                if matches!(name, "real" | "imag" | "numerator" | "denominator") =>
            {
                let message = format!("attribute '{name}' of 'int' objects is not writable");
                Err(self.new_error(ExcKind::AttributeError, &message))
            }
            Value::Float(_) if matches!(name, "real" | "imag") => {
                let message = format!("attribute '{name}' of 'float' objects is not writable");
                Err(self.new_error(ExcKind::AttributeError, &message))
            }
            other => {
                if self.class_of(other).lookup(name).is_some() {
                    Err(self.new_error(
                        ExcKind::AttributeError,
                        &format!(
                            "'{}' object attribute '{name}' is read-only",
                            self.type_name(other)
                        ),
                    ))
                } else {
                    Err(self.no_attribute(other, name))
                }
            }
        }
    }

    /// Storing or deleting `name` on an instance without a `__dict__` (`__slots__`): the
    /// class's non-data attribute of that name makes it "read-only", as CPython says.
    fn no_dict_for(&self, obj: &Value, class: &Rc<ClassObj>, name: &str) -> PyErr {
        if class.lookup(name).is_some() {
            let what = self.type_name(obj);
            let message = format!("'{what}' object attribute '{name}' is read-only");
            self.new_error(ExcKind::AttributeError, &message)
        } else {
            self.no_attribute(obj, name)
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Some(f) = self.meta_method(obj, "__delattr__") {
            let args = [obj.clone(), Value::str(name)];
            return self.call(&f, Args::positional(&args)).map(drop);
        }
        if let Value::Instance(inst) = obj {
            if let Some(f) = inst.class.lookup_user("__delattr__").filter(binds_as_method) {
                let args = [obj.clone(), Value::str(name)];
                return self.call(&f, Args::positional(&args)).map(drop);
            }
        }
        self.generic_del_attr(obj, name)
    }

    /// `object.__delattr__`.
    pub(crate) fn generic_del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(found) = self.data_descriptor_of(&inst.class, name) {
                    if self.descriptor_delete(&found, obj)? {
                        return Ok(());
                    }
                }
                // An exception's own fields are getset descriptors in CPython.
                if inst.exception.is_some() {
                    let refused = match name {
                        "args" | "__cause__" | "__context__" | "__traceback__" => {
                            Some(format!("{name} may not be deleted"))
                        }
                        "__suppress_context__" => {
                            Some("can't delete numeric/char attribute".into())
                        }
                        _ => None,
                    };
                    if let Some(message) = refused {
                        return Err(self.new_error(ExcKind::TypeError, &message));
                    }
                    if super::exception_groups::is_readonly_part(obj, name) {
                        return Err(self.new_error(ExcKind::AttributeError, "readonly attribute"));
                    }
                }
                if !inst.class.has_instance_dict {
                    return Err(self.no_dict_for(obj, &inst.class, name));
                }
                let removed = inst.dict.borrow_mut().shift_remove(name);
                match removed {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
            Value::Function(f) if name == "__defaults__" => {
                drop(f.defaults.replace(None));
                Ok(())
            }
            Value::Function(f) if name == "__kwdefaults__" => {
                drop(f.kwdefaults.replace(None));
                Ok(())
            }
            Value::Function(f) if f.attr(name).is_some() => {
                let old = f.attrs.borrow_mut().shift_remove(name);
                drop(old);
                Ok(())
            }
            Value::Future(_) => self.future_del_attr(obj, name),
            Value::Loop(l) => self.loop_del_attr(l, obj, name),
            // Type slots CPython keeps outside the dict's reach (`type_set_module`, ...).
            Value::Class(c)
                if c.is_user
                    && matches!(name, "__module__" | "__name__" | "__qualname__" | "__doc__") =>
            {
                Err(self.new_error(
                    ExcKind::TypeError,
                    &format!("cannot delete '{name}' attribute of immutable type '{}'", c.name),
                ))
            }
            Value::Class(c) if c.is_user => match c.dict.borrow_mut().shift_remove(name) {
                Some(old) => {
                    crate::vm::lookup_cache::class_dicts_changed();
                    drop(old);
                    Ok(())
                }
                None => Err(self.new_error(
                    ExcKind::AttributeError,
                    &format!("type object '{}' has no attribute '{name}'", c.name),
                )),
            },
            Value::Module(m) => {
                let slot = m.index.borrow().get(name).copied();
                match slot.and_then(|i| m.slots.borrow_mut()[i as usize].take()) {
                    Some(_) => Ok(()),
                    None => Err(self.new_error(
                        ExcKind::AttributeError,
                        &format!("module '{}' has no attribute '{name}'", m.name),
                    )),
                }
            }
            other => Err(self.no_attribute(other, name)),
        }
    }

    /// A data descriptor named `name` on `class` (a property, a slot), which takes precedence
    /// over the instance's own attributes.
    fn data_descriptor_of(&self, class: &Rc<ClassObj>, name: &str) -> Option<Value> {
        self.data_descriptor_at(class, name, None)
    }

    /// `data_descriptor_of` asked by an attribute site, which remembers a class found
    /// without one (a transport's `__slots__` make every attribute read ask otherwise).
    #[inline]
    fn data_descriptor_at(
        &self,
        class: &Rc<ClassObj>,
        name: &str,
        site: Option<&AttrSite>,
    ) -> Option<Value> {
        if !class.has_data_descriptors.get() || site.is_some_and(|s| s.knows_plain(class)) {
            return None;
        }
        let found = class.lookup(name).filter(|v| self.is_data_descriptor(v));
        if let (None, Some(site)) = (&found, site) {
            site.remember_plain(class);
        }
        found
    }

    /// A property getter that raised AttributeError falls back to `__getattr__`, as
    /// CPython's `slot_tp_getattr_hook` does.
    fn or_getattr_hook(
        &mut self,
        obj: &Value,
        name: &str,
        got: PyResult<Value>,
    ) -> PyResult<Value> {
        let Err(PyErr::Exception(exc)) = &got else { return got };
        if !self.exception_is(exc, ExcKind::AttributeError) {
            return got;
        }
        let Value::Instance(inst) = obj else { return got };
        match inst.class.lookup("__getattr__") {
            Some(hook) => {
                self.call(&hook, super::Args::positional(&[obj.clone(), Value::str(name)]))
            }
            None => got,
        }
    }

    /// `C.__dict__`. CPython gives a read-only mappingproxy; a snapshot dict reads the same.
    fn class_dict(&mut self, c: &Rc<ClassObj>) -> PyResult<Value> {
        if let Some(names) = builtin_type_dict_names(c) {
            return self.builtin_type_dict(c, names);
        }
        let mut pairs: Vec<Value> =
            c.dict.borrow().iter().flat_map(|(k, v)| [Value::str(k), v.clone()]).collect();
        let added = c.added_getsets;
        let at = 2 * added.at.min(pairs.len() / 2);
        for (adds, getset) in [(added.weakref, "__weakref__"), (added.dict, "__dict__")] {
            // (A `__dict__` the class defines itself stays, as `type_new` adds none then.)
            if adds && !c.dict.borrow().contains_key(getset) {
                let descriptor = self.new_getset(getset, &c.name);
                pairs.splice(at..at, [Value::str(getset), descriptor]);
            }
        }
        self.dict_from_pairs(pairs)
    }

    /// `__dict__` of a built-in type: CPython's names in its order, each what reading it from
    /// the type gives (slot wrappers, methods), then any the type has here beyond CPython's.
    /// A name the VM does not provide is left out.
    fn builtin_type_dict(&mut self, c: &Rc<ClassObj>, names: &[&str]) -> PyResult<Value> {
        let class = Value::Class(c.clone());
        let mut pairs = Vec::with_capacity(2 * names.len());
        // `__dict__` itself (listed for `type`) would ask for this dict again.
        for &name in names.iter().filter(|n| **n != "__dict__") {
            let own = c.dict.borrow().get(name).cloned();
            let value = match own {
                Some(v) => v,
                None => match self.get_attr(&class, name) {
                    Ok(v) => v,
                    Err(PyErr::Exception(_)) => continue,
                    Err(PyErr::Abort(a)) if matches!(*a, super::Abort::Unsupported { .. }) => {
                        continue
                    }
                    Err(abort) => return Err(abort),
                },
            };
            pairs.extend([Value::str(name), value]);
        }
        let extra: Vec<(Rc<str>, Value)> = c
            .dict
            .borrow()
            .iter()
            .filter(|(k, _)| !names.contains(&&***k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in extra {
            pairs.extend([Value::str(&k), v]);
        }
        self.dict_from_pairs(pairs)
    }

    /// `obj.__dict__`: a snapshot of the instance's attributes, without its slots, whose
    /// item writes and deletions change the instance too.
    fn instance_dict(&mut self, inst: &Rc<super::objects::InstanceObj>) -> PyResult<Value> {
        let slotted = inst.class.has_data_descriptors.get();
        let pairs: Vec<(Value, Value)> = inst
            .dict
            .borrow()
            .iter()
            .filter(|(k, _)| {
                !slotted
                    || !matches!(
                        inst.class.lookup(k).as_ref().and_then(super::descriptors::descriptor_of),
                        Some(super::descriptors::Descriptor::Member { .. })
                    )
            })
            .map(|(k, v)| (Value::str(k), v.clone()))
            .collect();
        // Writes through the dict reach the instance (`self.__dict__.update(kwargs)`).
        let owner = super::objects::AttrsOwner::Instance(Rc::downgrade(inst));
        let dict = Rc::new(super::objects::DictObj::object_attrs(self.types.dict.clone(), owner));
        for (name, value) in pairs {
            let key = self.dict_key(&dict, name)?;
            let ((), ok) = dict.mutate(|m| {
                m.insert(key, value);
            });
            if !ok {
                return Err(self.memory_error());
            }
        }
        Ok(Value::Dict(dict))
    }

    /// `LOAD_METHOD`: `(method, self)` when the attribute is a method found on the type, else
    /// `(attribute, NULL)`.
    pub(crate) fn load_method(
        &mut self,
        obj: Value,
        name: &str,
        site: &AttrSite,
    ) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(inst) => {
                // Only a data descriptor of this very name (a property, a slot) outranks the
                // instance dict and the method: a transport's `__slots__` must not turn every
                // method call on it into a bound method object.
                if inst.class.has_getattribute.get()
                    || self.data_descriptor_at(&inst.class, name, Some(site)).is_some()
                {
                    let v = self.get_attr(&obj, name)?;
                    return Ok((v, Value::Null));
                }
                if let Some(v) = inst.dict.borrow().get(name) {
                    return Ok((v.clone(), Value::Null));
                }
                if self.exception_attr(&obj, name).is_none() {
                    if let Some(v) = inst.class.lookup(name) {
                        if is_method(&v) {
                            return Ok((v, obj));
                        }
                        let v = self.descriptor_get(v, Some(&obj), &inst.class)?;
                        return Ok((v, Value::Null));
                    }
                }
                let v = self.get_attr(&obj, name)?;
                Ok((v, Value::Null))
            }
            Value::Class(_) | Value::Module(_) | Value::Super(_) => {
                let v = self.get_attr(&obj, name)?;
                Ok((v, Value::Null))
            }
            _ => {
                if let Some(v) = self.class_of(&obj).lookup(name) {
                    // A static method (`"".maketrans`) takes no receiver.
                    if matches!(v, Value::Builtin(_))
                        && is_method(&v)
                        && self.special_attr(&obj, name)?.is_none()
                    {
                        return Ok((v, obj));
                    }
                }
                let v = self.get_attr(&obj, name)?;
                Ok((v, Value::Null))
            }
        }
    }

    /// Attribute lookup through `super()`: the MRO after the class the method was defined in.
    fn super_attr(&mut self, s: &SuperObj, name: &str) -> PyResult<Value> {
        // The super object's own class, not the next class's `__class__` (`super_getattro`).
        if name == "__class__" {
            return Ok(Value::Class(self.types.super_.clone()));
        }
        // `super(C, obj)` starts after C in type(obj)'s MRO; `super(C, D)` (a class, as in a
        // classmethod) in D's, and binds nothing to an instance.
        let (class, instance) = match &s.receiver {
            Value::Class(c) if c.is_subclass_of(&s.class) => (c.clone(), None),
            other => (self.class_of(other), Some(&s.receiver)),
        };
        let after = class.mro().skip_while(|c| !Rc::ptr_eq(c, &s.class)).skip(1);
        for c in after {
            let found = c.dict.borrow().get(name).cloned();
            if let Some(v) = found {
                return self.descriptor_get(v, instance, &class);
            }
            if !c.is_user && c.is_exception() && name == "__new__" {
                return Ok(super::exception_groups::exception_new_builtin());
            }
            if !c.is_user {
                if let Some(f) = super::builtin_subclass::slot_wrapper(c.builtin, name) {
                    return self.descriptor_get(f, instance, &class);
                }
                if Rc::ptr_eq(c, &self.types.type_) {
                    if let Some(f) = super::metaclasses::type_slot(name) {
                        return self.descriptor_get(f, instance, &class);
                    }
                }
            }
        }
        if let Some(f) = super::builtin_subclass::slot_wrapper(class.builtin, name) {
            return self.descriptor_get(f, instance, &class);
        }
        // Past `super()`'s class: a KeyError subclass's `super().__str__()` is KeyError's.
        let after = class.mro().skip_while(|c| !Rc::ptr_eq(c, &s.class)).skip(1);
        let mut owner = super::methods::object::DunderOwner::of(self, name, after);
        if matches!(owner, super::methods::object::DunderOwner::Object)
            && s.class.mro().any(|c| c.is_exception())
        {
            owner = super::methods::object::DunderOwner::Exception(None);
        }
        if let Some(f) = default_dunder(name, owner) {
            return Ok(bind(&s.receiver, f));
        }
        Err(self.new_error(
            ExcKind::AttributeError,
            &format!("'super' object has no attribute '{name}'"),
        ))
    }
}

/// `co_varnames`: the parameters, then the other local variables that are not cells (a
/// variable a closure captures is only in `co_cellvars`, unless it is a parameter).
fn code_varnames(code: &crate::compiler::code::CodeObj) -> impl Iterator<Item = &Rc<str>> {
    let parameters = (code.arg_count + code.kwonly_count) as usize
        + usize::from(code.has_varargs)
        + usize::from(code.has_varkw);
    code.varnames
        .iter()
        .enumerate()
        .filter(move |(i, name)| *i < parameters || !code.cellvars.contains(name))
        .map(|(_, name)| name)
}

/// A function found on a class becomes a method bound to the instance.
pub(crate) fn bind(receiver: &Value, v: Value) -> Value {
    match &v {
        Value::Function(_) => {
            Value::BoundMethod(Rc::new(BoundMethodObj { receiver: receiver.clone(), function: v }))
        }
        Value::Builtin(b) if b.bound.is_none() && !unbound_owner(b.owner) => {
            // A method of `list` bound to an instance of a list subclass works on its list;
            // `object`'s methods about attributes and state (and `__str__`, which asks
            // `type(self).__repr__`) work on the instance itself, and
            // so does `dict.__getitem__` (`super().__getitem__(k)`: the subclass's
            // `__missing__` answers, as the unbound call's does).
            let on_instance = (b.owner == "object"
                && matches!(
                    b.name,
                    "__getstate__"
                        | "__setattr__"
                        | "__delattr__"
                        | "__getattribute__"
                        // `type(self).__repr__`: the subclass's own.
                        | "__str__"
                ))
                || (b.owner == "dict" && b.name == "__getitem__")
                || super::builtin_subclass::returns_receiver(b.name);
            let receiver = match on_instance {
                true => receiver,
                false => super::builtin_subclass::base_of(receiver).unwrap_or(receiver),
            };
            Value::Builtin(Rc::new(BuiltinObj {
                name: b.name,
                func: b.func,
                bound: Some(receiver.clone()),
                owner: b.owner,
            }))
        }
        _ => v,
    }
}

fn is_method(v: &Value) -> bool {
    match v {
        Value::Function(_) => true,
        Value::Builtin(b) => b.bound.is_none() && !unbound_owner(b.owner),
        _ => false,
    }
}

/// Built-in functions that stay plain functions when stored on a class (a static method, or a
/// module's function such as `time.localtime`: `Formatter.converter = time.gmtime`), unlike
/// the methods of built-in types.
fn unbound_owner(owner: &str) -> bool {
    owner == "staticmethod" || super::modules::is_module_owner(owner)
}

/// `it.__next__()`: what `next(it)` gives, a generator's return value in its StopIteration.
fn iterator_dunder_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_extra_arguments(vm, &args)?;
    super::builtins::next(vm, Args::positional(&args.pos[..1]))
}

/// `function.__get__(instance, owner=None)`: the function itself through no instance (or
/// `None`), else a method bound to the instance, as an attribute read through it gives.
fn function_dunder_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::check_arity(vm, "__get__", &Args::positional(&args.pos[1..]), 1, 2)?;
    let function = args.pos[0].clone();
    Ok(match &args.pos[1] {
        Value::None => function,
        instance => bind(instance, function),
    })
}

/// `f.__call__(*args, **kwargs)`: calls `f`.
fn callable_dunder_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let callable = args.pos[0].clone();
    vm.call(&callable, Args { pos: &args.pos[1..], ..args })
}

/// `it.__iter__()`: an iterator is its own iterator.
/// Whether CPython's type of this built-in iterator has `__length_hint__` (the iterators
/// over sequences, ranges, dicts and sets do; `map`, `zip`, `filter`, `enumerate` do not).
fn has_length_hint(obj: &Value) -> bool {
    let Value::Iter(it) = obj else { return false };
    let name = it.state.borrow().type_name();
    name.ends_with("iterator") && name != "callable_iterator" || name == "reversed"
}

fn iterator_dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_extra_arguments(vm, &args)?;
    Ok(args.pos[0].clone())
}

/// `object`'s own dunders on a built-in value whose type has none of its own (a coroutine,
/// a generator, `None`): what `object` does with them. `x.__repr__()` is `repr(x)` (the
/// type's repr, which CPython's types define), comparisons are by identity.
fn object_dunder(obj: &Value, name: &str) -> Option<Value> {
    // Only types CPython gives none of these, or whose own compare as `methods_equal` says:
    // a dict view or a timer handle compares by content, which identity would get wrong.
    let object_only = matches!(
        obj,
        Value::None
            | Value::Ellipsis
            | Value::NotImplemented
            | Value::Function(_)
            | Value::Builtin(_)
            | Value::BoundMethod(_)
            | Value::Gen(_)
            | Value::NativeCoro(_)
            | Value::Iter(_)
            | Value::Future(_)
            | Value::Handle(_)
            | Value::Loop(_)
    );
    // Every built-in type without a `__format__` of its own (list, tuple, dict, ...) has
    // `object`'s.
    if !object_only && name != "__format__" {
        return None;
    }
    let (name, func): (&'static str, super::objects::NativeFn) = match name {
        "__repr__" => ("__repr__", object_dunder_repr),
        "__str__" => ("__str__", object_dunder_str),
        "__hash__" => ("__hash__", object_dunder_hash),
        "__format__" => ("__format__", object_dunder_format),
        "__eq__" => ("__eq__", object_dunder_eq),
        "__ne__" => ("__ne__", object_dunder_ne),
        "__doc__" => return object_doc(obj),
        "__lt__" => ("__lt__", object_dunder_not_implemented),
        "__le__" => ("__le__", object_dunder_not_implemented),
        "__gt__" => ("__gt__", object_dunder_not_implemented),
        "__ge__" => ("__ge__", object_dunder_not_implemented),
        _ => return None,
    };
    Some(Value::Builtin(Rc::new(BuiltinObj {
        name,
        func,
        bound: Some(obj.clone()),
        owner: "object",
    })))
}

/// `T.__doc__` of a built-in type, which a value of it answers too (`(3).__doc__`):
/// CPython's docstring for the types of `builtins`; none for the others (the native classes
/// of other modules carry none here: `T.__doc__` is None, a value's an AttributeError).
fn builtin_type_doc(class: &ClassObj) -> Option<&'static str> {
    let documented = !class.is_user && &*class.module == "builtins";
    documented
        .then(|| super::builtin_docs::find(super::builtin_docs::BUILTIN_TYPE_DOCS, &class.name))?
}

/// Whether `descriptor` is an instance of a Python class without `__get__` (a data
/// descriptor only through `__set__` or `__delete__`).
fn without_get(descriptor: &Value) -> bool {
    matches!(descriptor, Value::Instance(d) if d.class.is_user && d.class.lookup("__get__").is_none())
}

/// `f.__doc__` of a function of `builtins` (`len`, `print`); other built-in functions and
/// methods have none here.
fn builtin_function_doc(b: &BuiltinObj) -> Option<&'static str> {
    let of_builtins = b.owner == "builtins" && matches!(b.bound, None | Some(Value::Module(_)));
    of_builtins
        .then(|| super::builtin_docs::find(super::builtin_docs::BUILTIN_FUNCTION_DOCS, b.name))?
}

/// `x.__doc__` of a built-in value whose type has no docstring in CPython.
fn object_doc(obj: &Value) -> Option<Value> {
    // Not iterators: `map`, `zip` and `enumerate` have docstrings.
    let undocumented = matches!(
        obj,
        Value::None
            | Value::Ellipsis
            | Value::NotImplemented
            | Value::Gen(_)
            | Value::NativeCoro(_)
    );
    undocumented.then_some(Value::None)
}

/// `object`'s dunders CPython's built-in objects all have that this VM cannot give (their
/// answers are CPython's memory layout and pickling): asked of a built-in value, they stop
/// as not supported rather than raise an AttributeError CPython would not.
pub(crate) const OBJECT_DUNDERS_UNSUPPORTED: [&str; 12] = [
    "__sizeof__",
    "__del__",
    "__class_getitem__",
    "__reduce__",
    "__reduce_ex__",
    "__getstate__",
    "__dir__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__subclasshook__",
    "__init_subclass__",
];

fn object_dunder_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_extra_arguments(vm, &args)?;
    Ok(Value::string(vm.repr(&args.pos[0])?))
}

fn object_dunder_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_extra_arguments(vm, &args)?;
    Ok(Value::string(vm.str_of(&args.pos[0])?))
}

fn object_dunder_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_extra_arguments(vm, &args)?;
    Ok(Value::Int(vm.hashed(args.pos[0].clone())?.hash))
}

fn object_dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::no_keywords(vm, "__format__", &args)?;
    let spec = match args.pos.get(1..) {
        Some([Value::Str(s)]) => s.as_str().to_string(),
        Some([other]) => {
            let msg = format!("__format__() argument must be str, not {}", vm.arg_type_name(other));
            return Err(vm.new_error(ExcKind::TypeError, &msg));
        }
        _ => {
            let n = args.pos.len().saturating_sub(1);
            let msg = format!("__format__() takes exactly one argument ({n} given)");
            return Err(vm.new_error(ExcKind::TypeError, &msg));
        }
    };
    Ok(Value::string(vm.format(&args.pos[0], &spec)?))
}

/// The receiver and the one operand of a comparison dunder.
fn compared<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    super::call::no_keywords(vm, name, args)?;
    match args.pos {
        [this, other] => Ok((this, other)),
        _ => {
            let n = args.pos.len().saturating_sub(1);
            Err(vm.new_error(ExcKind::TypeError, &format!("expected 1 argument, got {n}")))
        }
    }
}

/// What `__eq__` answers for the types `object_dunder` serves: two methods compare as
/// `methods_equal` says, anything else is equal only to itself and otherwise leaves the
/// answer to the other operand (`None`: `NotImplemented`).
fn object_equality(this: &Value, other: &Value) -> Option<bool> {
    super::hashing::methods_equal(this, other).or_else(|| this.is(other).then_some(true))
}

fn object_dunder_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, other) = compared(vm, &args, "__eq__")?;
    Ok(object_equality(this, other).map_or(Value::NotImplemented, Value::Bool))
}

fn object_dunder_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, other) = compared(vm, &args, "__ne__")?;
    Ok(object_equality(this, other).map_or(Value::NotImplemented, |equal| Value::Bool(!equal)))
}

/// `__lt__`, `__le__`, `__gt__`, `__ge__`: `object` orders nothing.
fn object_dunder_not_implemented(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compared(vm, &args, "comparison")?;
    Ok(Value::NotImplemented)
}

/// A method-wrapper takes no arguments besides its receiver.
fn no_extra_arguments(vm: &mut Vm, args: &Args) -> PyResult<()> {
    super::call::no_keywords(vm, "__next__", args)?;
    match args.pos.len() {
        1 => Ok(()),
        n => Err(vm.new_error(ExcKind::TypeError, &format!("expected 0 arguments, got {}", n - 1))),
    }
}

/// `cls.mro()`: the classes searched for an attribute, the class first.
fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::check_arity(vm, "mro", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Class(c) => vm.new_list(c.mro().map(|b| Value::Class(b.clone())).collect()),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "descriptor 'mro' for 'type' objects doesn't apply to a '{}' object",
                vm.type_name(other)
            ),
        )),
    }
}

/// `s.indices(length)`: the (start, stop, step) a sequence of `length` items slices with.
fn slice_indices_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::no_keywords(vm, "indices", &args)?;
    let (Some(Value::Slice(s)), 2) = (args.pos.first(), args.pos.len()) else {
        let given = args.pos.len().saturating_sub(1);
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("slice.indices() takes exactly one argument ({given} given)"),
        ));
    };
    let length = match &vm.indexed(&args.pos[1])? {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        other => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)),
            ))
        }
    };
    if length < 0 {
        return Err(vm.new_error(ExcKind::ValueError, "length should not be negative"));
    }
    let indexed = vm.indexed_slice(s)?;
    let s = indexed.as_deref().unwrap_or(s);
    let (start, stop, step, _) = vm.slice_indices(s, length as usize)?;
    Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

/// `co_freevars`/`co_cellvars`: CPython's compiler sorts these names.
fn sorted_names(names: &[Rc<str>]) -> Value {
    let mut sorted: Vec<&Rc<str>> = names.iter().collect();
    sorted.sort();
    Value::tuple(sorted.into_iter().map(|n| Value::str(n)).collect())
}

/// A coroutine's `cr_origin`: where it was created, or `None` when origin tracking was off.
fn origin_attr(serial: u32) -> Value {
    super::coroutine_origin::origin_of(serial)
        .map_or(Value::None, |origin| super::coroutine_origin::origin_value(&origin))
}

/// Which of `gi_frame`, `cr_frame` and `ag_frame` a generator of `kind` has.
fn frame_attr_prefix(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    }
}

/// Whether instances of `class` have a layout of their own beyond `object`'s (a dict and weak
/// references aside): a built-in base's, or slots.
fn has_own_layout(class: &Rc<ClassObj>) -> bool {
    class.mro().any(|c| {
        c.builtin != super::objects::BuiltinType::Object
            || c.dict.borrow().get("__slots__").is_some_and(|slots| match slots {
                Value::Tuple(t) => t
                    .items
                    .iter()
                    .any(|n| n.as_str().is_some_and(|n| n != "__dict__" && n != "__weakref__")),
                Value::Str(n) => !matches!(n.as_str(), "__dict__" | "__weakref__"),
                _ => true,
            })
    })
}

/// A `SyntaxError`'s fields from its arguments (`SyntaxError_init`): `(msg, (filename,
/// lineno, offset, text[, end_lineno, end_offset]))`; None where not given.
fn syntax_error_field(args: &[Value], name: &str) -> Value {
    if name == "msg" {
        return args.first().cloned().unwrap_or(Value::None);
    }
    let details = match args {
        [_, Value::Tuple(t)] if (4..=6).contains(&t.items.len()) => &t.items[..],
        _ => return Value::None,
    };
    let index = match name {
        "filename" => 0,
        "lineno" => 1,
        "offset" => 2,
        "text" => 3,
        "end_lineno" => 4,
        "end_offset" => 5,
        _ => return Value::None,
    };
    details.get(index).cloned().unwrap_or(Value::None)
}

/// A class's own `__setattr__`/`__delattr__` that an assignment calls with the instance first:
/// a Python function, or a built-in type's method (`__setattr__ = dict.__setitem__`, the
/// "attribute dict" idiom).
fn binds_as_method(f: &Value) -> bool {
    match f {
        Value::Function(_) => true,
        Value::Builtin(b) => b.bound.is_none(),
        _ => false,
    }
}

/// CPython's `__dict__` names of a built-in type (`builtin_type_dicts`), for the type itself
/// (not a class of the program named like it, nor a subclass).
fn builtin_type_dict_names(c: &ClassObj) -> Option<&'static [&'static str]> {
    if c.is_user || &*c.module != "builtins" {
        return None;
    }
    super::builtin_type_dicts::BUILTIN_TYPE_DICTS
        .iter()
        .find(|(name, _)| **name == *c.name)
        .map(|(_, names)| *names)
}

/// What a suspended generator or coroutine awaits (`cr_await`, `gi_yieldfrom`, `ag_await`).
/// A future awaited here is its own iterator; CPython awaits its `__await__` iterator
/// (`_asyncio.FutureIter`).
fn awaited(g: &super::objects::GenObj) -> Value {
    match g.frame.borrow().as_ref().and_then(|f| f.delegate().cloned()) {
        Some(Value::Future(f)) => super::iter::new_iter(super::objects::IterState::FutureIter(f)),
        other => other.unwrap_or(Value::None),
    }
}
