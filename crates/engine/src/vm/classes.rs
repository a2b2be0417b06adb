//! User classes: the `class` statement (`__build_class__`), instantiation with `__init__`, and
//! zero-argument `super()`.

use super::instance_dict::InstanceDict;
use super::interp::{Entry, Exit, Invoked};
use super::objects::{BuiltinType, ClassObj, DictObj, ExceptionState, InstanceObj};
use super::types::linearize_or_conflict;
use super::value::Value;
use super::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::cell::RefCell;
use std::rc::Rc;

/// What `super()` returns: attribute lookup continues after `class` in the receiver's MRO.
pub struct SuperObj {
    pub class: Rc<ClassObj>,
    pub receiver: Value,
}

impl Vm {
    /// `__build_class__(body, name, *bases)`: runs the class body in a fresh namespace and
    /// makes the class from it.
    pub(crate) fn build_class(&mut self, args: Args) -> PyResult<Value> {
        let mut explicit_meta = None;
        let mut kwds: (Vec<Value>, Vec<Value>) = (Vec::new(), Vec::new());
        for (key, value) in args.keywords() {
            if key == "metaclass" {
                explicit_meta = Some(value.clone());
            } else {
                kwds.0.push(Value::str(key));
                kwds.1.push(value.clone());
            }
        }
        let (Some(Value::Function(body)), Some(name)) = (args.pos.first(), args.pos.get(1)) else {
            return Err(
                self.new_error(ExcKind::TypeError, "__build_class__: func must be a function")
            );
        };
        let body = body.clone();
        let name = name.as_str().unwrap_or("?").to_string();
        // The bases and the metaclass are settled before the body runs, as CPython does.
        let given = &args.pos[2..];
        let resolved = self.mro_entries(given)?;
        let bases = self.class_bases(&resolved)?;
        self.base_layout(&bases)?;
        let type_ = self.types.type_.clone();
        let meta = match explicit_meta {
            Some(Value::Class(m)) if m.is_subclass_of(&type_) => {
                Value::Class(self.winner_metaclass(Some(m), &bases)?)
            }
            // A metaclass that is not a type (a function) is just called.
            Some(other) => other,
            None => Value::Class(self.winner_metaclass(None, &bases)?),
        };
        let bases_value = Value::tuple(resolved.clone());
        let (namespace, ns_value) = self.prepare_namespace(&meta, &name, &bases_value, &kwds)?;
        let mut frame = self.bind_call(&body, Args::positional(&[]))?;
        frame.namespace = Some(namespace.clone());
        let custom = !matches!(ns_value, Value::Dict(_));
        if custom {
            self.custom_namespaces.push((namespace.clone(), ns_value.clone()));
        }
        let ran = self.execute(frame, Entry::Start);
        if custom {
            self.custom_namespaces.pop();
        }
        match ran {
            Exit::Returned(_) => {}
            Exit::Raised(e) => return Err(e),
            Exit::Yielded(..) => return Err(self.internal_error("a class body yielded")),
            Exit::Blocked(_) => return Err(self.internal_error("a class body blocked green")),
        }
        if resolved.len() != given.len() || resolved.iter().zip(given).any(|(r, g)| !r.is(g)) {
            let orig = Value::tuple(given.to_vec());
            self.set_item(&Value::Dict(namespace.clone()), Value::str("__orig_bases__"), orig)?;
        }
        match &meta {
            Value::Class(m) if Rc::ptr_eq(m, &type_) => {
                self.make_class(&name, bases, &namespace, None, &kwds)
            }
            _ => {
                let pos = [Value::string(name), bases_value, ns_value];
                self.call(&meta, Args { pos: &pos, kw_names: &kwds.0, kw_values: &kwds.1 })
            }
        }
    }

    /// `type(name, bases, dict)` and `type.__new__(mcs, name, bases, dict, **kwds)`: a class of metaclass `mcs` (or of the
    /// bases' more derived metaclass). Its `__module__` is the calling module's name (the
    /// program's, when library code such as `collections.namedtuple` makes the class for it).
    pub(crate) fn type_new_in(
        &mut self,
        mcs: &Rc<ClassObj>,
        args: &[Value],
        kw: Args,
    ) -> PyResult<Value> {
        let [name, bases, ns] = args else {
            let msg = if Rc::ptr_eq(mcs, &self.types.type_) {
                "type() takes 1 or 3 arguments".to_string()
            } else {
                format!("type.__new__() takes exactly 3 arguments ({} given)", args.len())
            };
            return Err(self.new_error(ExcKind::TypeError, &msg));
        };
        let Some(name) = name.as_str().map(str::to_string) else {
            let msg =
                format!("type.__new__() argument 1 must be str, not {}", self.arg_type_name(name));
            return Err(self.new_error(ExcKind::TypeError, &msg));
        };
        let Value::Tuple(bases) = bases else {
            let msg = format!(
                "type.__new__() argument 2 must be tuple, not {}",
                self.arg_type_name(bases)
            );
            return Err(self.new_error(ExcKind::TypeError, &msg));
        };
        let ns = match ns {
            Value::Dict(d) => d.clone(),
            other => match super::builtin_subclass::base_of(other) {
                Some(Value::Dict(d)) => d.clone(),
                _ => {
                    let msg = format!(
                        "type.__new__() argument 3 must be dict, not {}",
                        self.arg_type_name(ns)
                    );
                    return Err(self.new_error(ExcKind::TypeError, &msg));
                }
            },
        };
        let bases = self.class_bases(&bases.items)?;
        // The class gets its own namespace: later changes to the caller's dict do not reach it.
        let namespace = Rc::new(DictObj::new());
        for (k, v) in ns.map.borrow().iter() {
            namespace.map.borrow_mut().insert(k.clone(), v.clone());
        }
        let module_key = Value::str("__module__");
        if self.get_item(&Value::Dict(namespace.clone()), &module_key).is_err() {
            let caller = self.frames.iter().rev().find(|f| !f.code.is_library);
            let module = caller.map_or("__main__".to_string(), |f| f.module.name.to_string());
            self.set_item(&Value::Dict(namespace.clone()), module_key, Value::string(module))?;
        }
        let kwds = (kw.kw_names.to_vec(), kw.kw_values.to_vec());
        let meta = self.winner_metaclass(Some(mcs.clone()), &bases)?;
        // A base's more derived metaclass makes the class with its own `__new__` (CPython's
        // `type_new` hands the arguments to the winner's `tp_new`): `type("C", (Base,), {})`
        // runs `ABCMeta.__new__` for an ABC's subclass.
        if !Rc::ptr_eq(&meta, mcs) && meta.lookup_user("__new__").is_some() {
            let new = self.get_attr(&Value::Class(meta.clone()), "__new__")?;
            let mut pos = vec![Value::Class(meta.clone())];
            pos.extend(args.iter().cloned());
            return self.call(&new, Args { pos: &pos, kw_names: &kwds.0, kw_values: &kwds.1 });
        }
        self.make_class(&name, bases, &namespace, Some(meta), &kwds)
    }

    /// The bases after `__mro_entries__`: a base that is not a class but has that method
    /// (`Generic[T]`) stands for the classes it returns.
    fn mro_entries(&mut self, given: &[Value]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(given.len());
        for b in given {
            let all = || Value::tuple(given.to_vec());
            let entries = match b {
                Value::Instance(inst) => match inst.class.lookup_user("__mro_entries__") {
                    Some(f) => Some(self.call(&f, Args::positional(&[b.clone(), all()]))?),
                    None => None,
                },
                // A function given the method as an attribute (`typing.NamedTuple`).
                Value::Function(_) => match self.get_attr(b, "__mro_entries__") {
                    Ok(f) => Some(self.call(&f, Args::positional(&[all()]))?),
                    Err(PyErr::Exception(e)) if self.exception_is(&e, ExcKind::AttributeError) => {
                        None
                    }
                    Err(e) => return Err(e),
                },
                _ => None,
            };
            match entries {
                Some(entries) => {
                    let Value::Tuple(t) = entries else {
                        return Err(self
                            .new_error(ExcKind::TypeError, "__mro_entries__ must return a tuple"));
                    };
                    out.extend(t.items.iter().cloned());
                }
                None => out.push(b.clone()),
            }
        }
        Ok(out)
    }

    fn class_bases(&mut self, given: &[Value]) -> PyResult<Vec<Rc<ClassObj>>> {
        let mut bases = Vec::new();
        for b in given {
            match b {
                Value::Class(c) => bases.push(c.clone()),
                Value::Builtin(b) if super::builtins::is_unsupported_builtin(b) => {
                    return Err((b.func)(self, Args::positional(&[])).err().unwrap_or_else(|| {
                        self.internal_error("an unsupported built-in returned")
                    }));
                }
                other => {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        &format!("bases must be types, not {}", self.type_name(other)),
                    ))
                }
            }
        }
        if bases.is_empty() {
            bases.push(self.types.object.clone());
        }
        Ok(bases)
    }

    /// The class named `name` with these bases, from the namespace its body filled.
    fn make_class(
        &mut self,
        name: &str,
        bases: Vec<Rc<ClassObj>>,
        namespace: &DictObj,
        explicit_meta: Option<Rc<ClassObj>>,
        kwds: &(Vec<Value>, Vec<Value>),
    ) -> PyResult<Value> {
        let name = name.to_string();
        if let Some(twice) = bases
            .iter()
            .enumerate()
            .find_map(|(i, b)| bases[..i].iter().any(|earlier| Rc::ptr_eq(earlier, b)).then_some(b))
        {
            let message = format!("duplicate base class {}", twice.name);
            return Err(self.new_error(ExcKind::TypeError, &message));
        }
        let builtin = self.base_layout(&bases)?;
        self.check_slot_layouts(&bases)?;
        let metaclass = self.metaclass_of(explicit_meta, &bases)?;
        let mro_tail = match linearize_or_conflict(&bases) {
            Ok(m) => m,
            Err(conflicting) => {
                let names: Vec<String> = conflicting.iter().map(|b| b.name.to_string()).collect();
                return Err(self.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                        names.join(", ")
                    ),
                ));
            }
        };
        let mut dict = crate::vm::objects::AttrDict::default();
        let mut qualname: Rc<str> = name.as_str().into();
        let mut module: Rc<str> = "__main__".into();
        let mut class_cell = None;
        for (k, v) in namespace.map.borrow().iter() {
            let key = k.value.as_str().unwrap_or("").to_string();
            match key.as_str() {
                "__qualname__" => qualname = v.as_str().unwrap_or(&name).into(),
                "__classcell__" => class_cell = Some(v.clone()),
                _ => {
                    if key == "__module__" {
                        module = v.as_str().unwrap_or("__main__").into();
                    }
                    dict.insert(crate::vm::names::key_for(&key), v.clone());
                }
            }
        }
        // In CPython's order: the body's names, the slots, the `__dict__` and `__weakref__`
        // the class adds, then what `type_new` supplies (`__doc__`, `__hash__`).
        let has_instance_dict = self.add_slots(&name, &mut dict, &bases)?;
        let added_getsets = added_getsets(&dict, &bases, has_instance_dict);
        // Every class has its own `__doc__`, None without a docstring (not the base's).
        dict.entry(Rc::<str>::from("__doc__")).or_insert(Value::None);
        // A class that defines `__eq__` but not `__hash__` is unhashable, as in CPython.
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Rc::<str>::from("__hash__"), Value::None);
        }
        self.implicit_classmethods(&mut dict)?;
        let has_data_descriptors = bases.iter().any(|b| b.has_data_descriptors.get())
            || dict.values().any(|v| self.is_data_descriptor(v));
        let has_python_descriptors = bases.iter().any(|b| b.has_python_descriptors.get())
            || dict.values().any(|v| self.is_python_data_descriptor(v));
        let has_finalizer =
            bases.iter().any(|b| b.has_finalizer.get()) || dict.contains_key("__del__");
        let has_getattribute =
            bases.iter().any(|b| b.has_getattribute.get()) || dict.contains_key("__getattribute__");
        let has_getattr =
            bases.iter().any(|b| b.has_getattr.get()) || dict.contains_key("__getattr__");
        let class = Rc::new(ClassObj {
            name: name.as_str().into(),
            qualname,
            module,
            bases,
            mro_tail,
            dict: RefCell::new(dict),
            builtin,
            is_user: true,
            has_data_descriptors: std::cell::Cell::new(has_data_descriptors),
            has_python_descriptors: std::cell::Cell::new(has_python_descriptors),
            has_instance_dict,
            metaclass,
            subclasses: RefCell::default(),
            lookup_cache: Default::default(),
            instance_keys: RefCell::new(None),
            has_finalizer: std::cell::Cell::new(has_finalizer),
            has_getattribute: std::cell::Cell::new(has_getattribute),
            has_getattr: std::cell::Cell::new(has_getattr),
            weakly_referenced: std::cell::Cell::new(false),
            trace_reprs: Default::default(),
            added_getsets,
        });
        for base in &class.bases {
            let mut known = base.subclasses.borrow_mut();
            // Dead entries are swept now and then, so that making many classes stays linear.
            if known.len() >= 8 && known.len().is_power_of_two() {
                known.retain(|w| w.strong_count() > 0);
            }
            known.push(Rc::downgrade(&class));
        }
        if let Some(Value::Cell(cell)) = class_cell {
            *cell.borrow_mut() = Some(Value::Class(class.clone()));
        }
        self.set_names(&class)?;
        self.init_subclass(&class, kwds)?;
        Ok(Value::Class(class))
    }

    /// The metaclass a new class records: the given one or its bases' (None for `type`).
    fn metaclass_of(
        &mut self,
        explicit: Option<Rc<ClassObj>>,
        bases: &[Rc<ClassObj>],
    ) -> PyResult<Option<Rc<ClassObj>>> {
        let found = explicit.or_else(|| bases.iter().find_map(|b| b.metaclass.clone()));
        let Some(meta) = found else { return Ok(None) };
        if Rc::ptr_eq(&meta, &self.types.type_) {
            return Ok(None);
        }
        if !meta.is_subclass_of(&self.types.type_) {
            return Err(self.unsupported_now("a metaclass that is not a subclass of type"));
        }
        Ok(Some(meta))
    }

    /// The method `name` of a class's metaclass, for the class-level operations.
    pub(crate) fn meta_method(&self, v: &Value, name: &str) -> Option<Value> {
        match v {
            Value::Class(c) => c.metaclass.as_ref()?.lookup_user(name),
            _ => None,
        }
    }

    /// `__init_subclass__` and `__class_getitem__` defined as plain functions are
    /// classmethods, and `__new__` a staticmethod, as CPython's `type_new` makes them.
    fn implicit_classmethods(&mut self, dict: &mut crate::vm::objects::AttrDict) -> PyResult<()> {
        for (name, wrapper) in [
            ("__init_subclass__", "classmethod"),
            ("__class_getitem__", "classmethod"),
            ("__new__", "staticmethod"),
        ] {
            if let Some(f @ Value::Function(_)) = dict.get(name).cloned() {
                let wrapper = self.builtins.get(wrapper).unwrap_or(Value::None);
                let wrapped = self.call1(&wrapper, f)?;
                dict.insert(name.into(), wrapped);
            }
        }
        Ok(())
    }

    /// Member descriptors for `__slots__`; returns whether instances still have a
    /// `__dict__` (no `__slots__`, `'__dict__'` among them, or a base with a dict).
    fn add_slots(
        &mut self,
        class_name: &str,
        dict: &mut crate::vm::objects::AttrDict,
        bases: &[Rc<ClassObj>],
    ) -> PyResult<bool> {
        let Some(slots) = dict.get("__slots__").cloned() else { return Ok(true) };
        let names = match &slots {
            Value::Str(_) => vec![slots.clone()],
            other => self.collect(other)?,
        };
        // Instances of int, tuple and bytes keep their items inline, after which no slot can
        // go (`tp_itemsize != 0`): any slot at all is refused, before the names are read.
        let variable_size = bases.iter().find(|b| {
            matches!(b.builtin, BuiltinType::Int | BuiltinType::Tuple | BuiltinType::Bytes)
        });
        if let (Some(base), false) = (variable_size, names.is_empty()) {
            let msg = format!("nonempty __slots__ not supported for subtype of '{}'", base.name);
            return Err(self.new_error(ExcKind::TypeError, &msg));
        }
        // CPython's first pass over the names (`type_new_slots_impl`): `__dict__` and
        // `__weakref__` only where no base gives them and only once.
        let base_has_dict = bases.iter().any(|b| base_gives_dict(b));
        let base_has_weakref = bases.iter().any(|b| gives_weakref(b));
        let (mut dict_slot, mut weakref_slot) = (false, false);
        for n in &names {
            let Some(name) = n.as_str() else {
                let msg = format!("__slots__ items must be strings, not '{}'", self.type_name(n));
                return Err(self.new_error(ExcKind::TypeError, &msg));
            };
            if !super::methods::str::is_identifier(name) {
                return Err(self.new_error(ExcKind::TypeError, "__slots__ must be identifiers"));
            }
            match Some(name) {
                Some("__dict__") if base_has_dict || dict_slot => {
                    let msg = "__dict__ slot disallowed: we already got one";
                    return Err(self.new_error(ExcKind::TypeError, msg));
                }
                Some("__dict__") => dict_slot = true,
                Some("__weakref__") if base_has_weakref || weakref_slot => {
                    let msg =
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0";
                    return Err(self.new_error(ExcKind::TypeError, msg));
                }
                Some("__weakref__") => weakref_slot = true,
                _ => {}
            }
        }
        let mut wants_dict = false;
        let mut members = Vec::new();
        for n in &names {
            let Some(name) = n.as_str() else {
                let msg = format!("__slots__ items must be strings, not '{}'", self.type_name(n));
                return Err(self.new_error(ExcKind::TypeError, &msg));
            };
            if name == "__dict__" {
                wants_dict = true;
                continue;
            }
            // A private name is mangled, as in the class body: `__x` in class `C` is `_C__x`.
            let stripped = class_name.trim_start_matches('_');
            let mangled = if name.starts_with("__") && !name.ends_with("__") && !stripped.is_empty()
            {
                format!("_{stripped}{name}")
            } else {
                name.to_string()
            };
            let name = mangled.as_str();
            if dict.contains_key(name) {
                let msg = format!("'{name}' in __slots__ conflicts with class variable");
                return Err(self.new_error(ExcKind::ValueError, &msg));
            }
            members.push(mangled);
        }
        // CPython sorts the slots; a `__weakref__` slot stands where the weakref descriptor
        // would, after the others.
        members.sort_by_key(|m| (m == "__weakref__", m.clone()));
        for name in members {
            let member = self.new_member(&name, class_name);
            dict.insert(name.into(), member);
        }
        Ok(wants_dict || base_has_dict)
    }

    /// Calls `__init_subclass__` of the nearest base defining it, bound to the new class.
    fn init_subclass(
        &mut self,
        class: &Rc<ClassObj>,
        kwds: &(Vec<Value>, Vec<Value>),
    ) -> PyResult<()> {
        let found =
            class.mro_tail.iter().find_map(|c| c.dict.borrow().get("__init_subclass__").cloned());
        match found {
            Some(hook) => {
                let bound = self.descriptor_get(hook, None, class)?;
                self.call(&bound, Args { pos: &[], kw_names: &kwds.0, kw_values: &kwds.1 })?;
            }
            None if !kwds.0.is_empty() => {
                let msg =
                    format!("{}.__init_subclass__() takes no keyword arguments", class.qualname);
                return Err(self.new_error(ExcKind::TypeError, &msg));
            }
            None => {}
        }
        Ok(())
    }

    /// Bases whose instances have slots of their own that neither base's layout includes
    /// (`class C(A, B)` where both `A` and `B` define `__slots__`): CPython's `best_base`
    /// finds no base whose layout extends all the others.
    fn check_slot_layouts(&self, bases: &[Rc<ClassObj>]) -> PyResult<()> {
        let solids: Vec<Rc<ClassObj>> = bases.iter().filter_map(slotted_layout_of).collect();
        let mut widest: Option<&Rc<ClassObj>> = None;
        for solid in &solids {
            widest = match widest {
                None => Some(solid),
                Some(w) if w.is_subclass_of(solid) => Some(w),
                Some(w) if solid.is_subclass_of(w) => Some(solid),
                Some(_) => {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        "multiple bases have instance lay-out conflict",
                    ))
                }
            };
        }
        Ok(())
    }

    /// The built-in layout instances of a class with these bases have.
    fn base_layout(&self, bases: &[Rc<ClassObj>]) -> PyResult<BuiltinType> {
        let mut layout = BuiltinType::Object;
        for b in bases {
            if !b.is_user && FINAL_TYPES.contains(&(&*b.module, &*b.name)) {
                let shown = match &*b.module {
                    "builtins" => b.name.to_string(),
                    module => format!("{module}.{}", b.name),
                };
                return Err(self.new_error(
                    ExcKind::TypeError,
                    &format!("type '{shown}' is not an acceptable base type"),
                ));
            }
            let l = if b.is_exception() { BuiltinType::BaseException } else { b.builtin };
            // A metaclass (`class EnumType(type)`): its instances are classes made by the
            // `class` statement, never by calling it.
            if Rc::ptr_eq(b, &self.types.type_) {
                continue;
            }
            let settled = layout != BuiltinType::Object;
            match l {
                BuiltinType::Object => {}
                // Two built-in instance layouts cannot be combined (`class X(int, str)`).
                other if settled && other != layout => {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        "multiple bases have instance lay-out conflict",
                    ))
                }
                BuiltinType::BaseException => layout = BuiltinType::BaseException,
                other if super::builtin_subclass::is_subclassable(other) => layout = other,
                // A native class whose `__new__` makes an instance of the class it is given
                // (`weakref.ref`, for `WeakMethod`): its instances are plain ones with the
                // native state that `__new__` gives them.
                BuiltinType::Native if super::builtin_subclass::native_new_honours_class(b) => {}
                _ => {
                    return Err(self
                        .unsupported_now(&format!("subclassing the built-in type '{}'", b.name)))
                }
            }
        }
        Ok(layout)
    }

    /// Calling a class.
    pub(crate) fn instantiate(&mut self, class: &Rc<ClassObj>, args: Args) -> PyResult<Invoked> {
        if !class.is_user {
            return self.construct_builtin(class, args).map(Invoked::Value);
        }
        if class.is_subclass_of(&self.types.type_) {
            return self.call_metaclass(class, args).map(Invoked::Value);
        }
        let is_exception = class.is_exception();
        let custom_new = class.lookup_user(&crate::interned!("__new__"));
        // A group class's own `__new__` reaches `BaseExceptionGroup.__new__` through `super()`,
        // which checks its arguments there.
        let group = if self.is_group_class(class) && custom_new.is_none() {
            Some(self.group_new(class, &args)?.1)
        } else {
            None
        };
        let extends_builtin = super::builtin_subclass::is_subclassable(class.builtin);
        let new_overridden = custom_new.is_some();
        let instance = match custom_new {
            Some(new) => {
                let new = self.descriptor_get(new, None, class)?;
                let cls = Value::Class(class.clone());
                let made = self.call_bound(&cls, args, |vm, args| vm.call(&new, args))?;
                // `__init__` runs only on an instance of the class (CPython's `type_call`).
                if !self.class_of(&made).is_subclass_of(class) {
                    return Ok(Invoked::Value(made));
                }
                made
            }
            None => {
                self.refuse_abstract(class)?;
                self.bare_instance(class, &args)?
            }
        };
        if let Some(parts) = group {
            super::exception_groups::set_parts(&instance, parts);
        }
        let init = class.lookup_user(&crate::interned!("__init__"));
        let native_base = match init {
            None => super::builtin_subclass::native_base(class),
            Some(_) => None,
        };
        if let Some(base) = native_base {
            // The native base's `__init__` takes the arguments (`weakref.ref` has none to run:
            // its `__new__` did everything).
            if let Some(native_init) = super::builtin_subclass::native_method(base, "__init__") {
                self.call_bound(&instance, args, |vm, args| vm.call(&native_init, args))?;
            }
            return Ok(Invoked::Value(instance));
        }
        match init {
            // `async def __init__` (or one that yields): the call makes a coroutine or
            // generator, dropped (never awaited) before the TypeError, as `slot_tp_init` does.
            Some(Value::Function(init)) if init.code.is_generator_like() => {
                let made = self.call_bound(&instance, args, |vm, args| {
                    vm.call(&Value::Function(init.clone()), args)
                })?;
                let kind = self.type_name(&made);
                drop(made);
                let msg = format!("__init__() should return None, not '{kind}'");
                Err(self.new_error(ExcKind::TypeError, &msg))
            }
            Some(Value::Function(init)) => {
                let frame =
                    self.call_bound(&instance, args, |vm, args| vm.bind_call(&init, args))?;
                Ok(Invoked::Init(frame, instance))
            }
            Some(other) => {
                self.call_bound(&instance, args, |vm, args| vm.call(&other, args))?;
                Ok(Invoked::Value(instance))
            }
            // `BaseException.__init__` after the class's own `__new__`: the call's arguments
            // become `args`, whatever `__new__` passed on.
            None if is_exception && new_overridden => {
                super::methods::object::exception_keywords(self, &instance, &args)?;
                if let Value::Instance(made) = &instance {
                    if let Some(state) = &made.exception {
                        state.borrow_mut().args = args.pos.to_vec();
                    }
                }
                Ok(Invoked::Value(instance))
            }
            None if extends_builtin || new_overridden => Ok(Invoked::Value(instance)),
            None => {
                if is_exception {
                    super::methods::object::exception_keywords(self, &instance, &args)?;
                } else if !args.pos.is_empty() || args.has_keywords() {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        &format!("{}() takes no arguments", class.name),
                    ));
                }
                Ok(Invoked::Value(instance))
            }
        }
    }

    /// CPython's `object.__new__` refuses a class whose `__abstractmethods__` (set by
    /// `abc`) is not empty: "Can't instantiate abstract class C with abstract methods a, b".
    pub(crate) fn refuse_abstract(&mut self, class: &Rc<ClassObj>) -> PyResult<()> {
        let Some(methods) = class.lookup(&crate::interned!("__abstractmethods__")) else {
            return Ok(());
        };
        if matches!(methods, Value::Tuple(_) | Value::Str(_)) {
            return Ok(());
        }
        let mut names = Vec::new();
        for m in self.collect(&methods)? {
            names.push(self.str_of(&m)?);
        }
        if names.is_empty() {
            return Ok(());
        }
        names.sort();
        let msg = format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            class.name,
            if names.len() > 1 { "s" } else { "" },
            names.join(", ")
        );
        Err(self.new_error(ExcKind::TypeError, &msg))
    }

    /// A new instance of the program's class `class`, before `__init__`: what `object.__new__`
    /// (or the built-in base's `__new__`) makes.
    pub(crate) fn bare_instance(&mut self, class: &Rc<ClassObj>, args: &Args) -> PyResult<Value> {
        let native_new = super::builtin_subclass::native_base(class)
            .and_then(|base| super::builtin_subclass::native_method(base, "__new__"));
        if let Some(new) = native_new {
            // A subclass of a native class that makes its instances itself (`socket.socket`).
            let cls = Value::Class(class.clone());
            return self.call_bound(&cls, *args, |vm, args| vm.call(&new, args));
        }
        if super::builtin_subclass::is_subclassable(class.builtin) {
            let has_init = class.lookup_user("__init__").is_some();
            return self.new_builtin_subclass_instance(class, args, has_init);
        }
        let exception = class.is_exception().then(|| {
            Box::new(RefCell::new(ExceptionState { args: args.pos.to_vec(), ..Default::default() }))
        });
        Ok(Value::Instance(Rc::new(InstanceObj {
            class: class.clone(),
            dict: RefCell::new(InstanceDict::sharing(class.instance_layout())),
            exception,
            native: None,
            finalized: std::cell::Cell::new(false),
        })))
    }

    /// `super()` with no arguments, inside a method: the method's class (its `__class__`
    /// cell) and its first argument.
    pub(crate) fn zero_arg_super(&mut self) -> PyResult<Value> {
        let Some(frame) = self.frames.last() else {
            return Err(self.new_error(ExcKind::RuntimeError, "super(): no current frame"));
        };
        let code = frame.code.clone();
        if code.arg_count == 0 {
            return Err(self.new_error(ExcKind::RuntimeError, "super(): no arguments"));
        }
        let receiver = match &frame.locals[0] {
            Some(v) => v.clone(),
            None => {
                // The first argument moved into a cell because a closure captures it.
                match code.cell_from_arg.iter().position(|a| *a == Some(0)) {
                    Some(i) => frame.cells[i].borrow().clone().unwrap_or(Value::None),
                    None => {
                        return Err(self.new_error(ExcKind::RuntimeError, "super(): arg[0] deleted"))
                    }
                }
            }
        };
        let class_index = code.freevars.iter().position(|n| &**n == "__class__");
        let class = class_index
            .and_then(|i| frame.cells.get(code.cellvars.len() + i))
            .and_then(|cell| cell.borrow().clone());
        match class {
            Some(Value::Class(c)) => self.new_super(c, receiver),
            _ => Err(self.new_error(ExcKind::RuntimeError, "super(): __class__ cell not found")),
        }
    }

    /// `super(class, receiver)`, with CPython's `supercheck`: the receiver is a subclass of
    /// `class` or an instance of one. The zero-argument form checks too: a method copied to an
    /// unrelated class (`@dataclass(slots=True)` makes a new class) fails here.
    pub(crate) fn new_super(&mut self, class: Rc<ClassObj>, receiver: Value) -> PyResult<Value> {
        let applies = match &receiver {
            Value::Class(r) if r.is_subclass_of(&class) => true,
            other => self.class_of(other).is_subclass_of(&class),
        };
        if !applies {
            return Err(self.new_error(
                ExcKind::TypeError,
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        }
        Ok(Value::Super(Rc::new(SuperObj { class, receiver })))
    }
}

/// Which of `__dict__` and `__weakref__` a new class adds (CPython's `type_new_descriptors`):
/// `__dict__` when its instances have a dict no base gave them, `__weakref__` when it has no
/// `__slots__` and no base already supports weak references.
fn added_getsets(
    dict: &crate::vm::objects::AttrDict,
    bases: &[Rc<ClassObj>],
    has_instance_dict: bool,
) -> crate::vm::objects::AddedGetSets {
    crate::vm::objects::AddedGetSets {
        at: dict.len(),
        dict: has_instance_dict && !bases.iter().any(|b| base_gives_dict(b)),
        weakref: !dict.contains_key("__slots__") && !bases.iter().any(|b| gives_weakref(b)),
    }
}

/// Whether instances of a subclass of `class` need no `__weakref__` of its own: they support
/// weak references already (`type`, `set`), or, of variable size, cannot (`int`, `tuple`).
fn gives_weakref(class: &ClassObj) -> bool {
    use crate::vm::objects::BuiltinType::{Bool, Bytes, FrozenSet, Int, Set, Tuple, Type};
    matches!(class.builtin, Type | Set | FrozenSet | Int | Bool | Tuple | Bytes)
        || class.added_getsets.weakref
        || class.dict.borrow().contains_key("__weakref__")
        || class.bases.iter().any(|b| gives_weakref(b))
}

/// Whether instances of a subclass of `base` have a `__dict__` through `base`, even when the
/// subclass declares `__slots__`: a class of the program's unless it (and its bases) declared
/// slots; a built-in type unless its instances have none, as `object`, the numbers, strings
/// and containers (a namedtuple's `__slots__ = ()` leaves it without a `__dict__`).
fn base_gives_dict(base: &ClassObj) -> bool {
    if base.is_user {
        return base.has_instance_dict;
    }
    if base.builtin == BuiltinType::Object {
        // `object` itself; the other native classes of that layout keep a dict.
        return !base.bases.is_empty();
    }
    !matches!(
        base.builtin,
        BuiltinType::Int
            | BuiltinType::Bool
            | BuiltinType::Float
            | BuiltinType::Str
            | BuiltinType::Bytes
            | BuiltinType::ByteArray
            | BuiltinType::Tuple
            | BuiltinType::List
            | BuiltinType::Dict
            | BuiltinType::Set
            | BuiltinType::FrozenSet
    )
}

/// The nearest class in `class`'s MRO whose `__slots__` add slots (not only `__dict__` or
/// `__weakref__`): the layout its instances have beyond `object`'s, as far as slots go.
fn slotted_layout_of(class: &Rc<ClassObj>) -> Option<Rc<ClassObj>> {
    class.mro().find(|c| adds_slots(c)).cloned()
}

fn adds_slots(class: &ClassObj) -> bool {
    let dict = class.dict.borrow();
    let Some(slots) = dict.get("__slots__") else { return false };
    let named = |n: &Value| n.as_str().is_some_and(|n| n != "__dict__" && n != "__weakref__");
    match slots {
        Value::Tuple(t) => t.items.iter().any(named),
        Value::List(l) => l.items.borrow().iter().any(named),
        Value::Str(_) => named(slots),
        _ => false,
    }
}

/// Built-in types CPython 3.11 marks final (no `Py_TPFLAGS_BASETYPE`): subclassing one is the
/// program's error, not something Loopscope lacks.
const FINAL_TYPES: &[(&str, &str)] = &[
    ("builtins", "bool"),
    ("builtins", "NoneType"),
    ("builtins", "function"),
    ("builtins", "slice"),
    ("builtins", "range"),
    ("builtins", "memoryview"),
    ("builtins", "ellipsis"),
    ("builtins", "NotImplementedType"),
    ("builtins", "generator"),
    ("builtins", "coroutine"),
    ("builtins", "async_generator"),
    ("builtins", "method"),
    ("builtins", "builtin_function_or_method"),
    ("builtins", "code"),
    ("builtins", "frame"),
    ("builtins", "cell"),
    ("builtins", "traceback"),
    ("builtins", "mappingproxy"),
    ("builtins", "getset_descriptor"),
    ("builtins", "member_descriptor"),
    ("builtins", "wrapper_descriptor"),
    ("builtins", "method_descriptor"),
    ("builtins", "classmethod_descriptor"),
    ("_contextvars", "ContextVar"),
    ("_contextvars", "Token"),
    ("_contextvars", "Context"),
];
