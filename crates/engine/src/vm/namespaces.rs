//! `globals()`, `locals()` and `dir()` without an argument: the namespaces of the frame that
//! calls them.

use super::objects::{DictObj, ModuleObj};
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::compiler::code::CodeKind;
use std::rc::Rc;

/// The names a module's namespace starts with, in CPython's order (`__path__` only in a
/// package, `__cached__` only in a library module's): `globals()` and `vars(module)` list
/// them first, then the module's own names.
const MODULE_HEADER: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__path__",
    "__file__",
    "__cached__",
    "__builtins__",
];

/// `globals()`: the calling frame's module namespace (`module_dict`).
pub fn globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::no_keywords(vm, "globals", &args)?;
    super::call::check_arity(vm, "globals", &args, 0, 0)?;
    let Some(module) = vm.frames.last().map(|f| f.module.clone()) else {
        return Err(vm.unsupported_now("globals() outside a frame"));
    };
    module_dict(vm, &module)
}

/// A module's namespace as a dict (`globals()`, `module.__dict__`, `vars(module)`). The dict
/// is a copy made now (later assignments to globals do not show in it), but storing or
/// deleting an item through it changes the module, which is what programs use it for.
pub fn module_dict(vm: &mut Vm, module: &Rc<ModuleObj>) -> PyResult<Value> {
    // The same dict while the program holds it (`globals() is globals()`), refreshed.
    let cached = module.globals_dict.borrow().as_ref().and_then(std::rc::Weak::upgrade);
    let dict = match cached {
        Some(d) => {
            let old = std::mem::take(&mut *d.map.borrow_mut());
            drop(old);
            d
        }
        None => {
            let d = Rc::new(DictObj::module_globals(vm.types.dict.clone(), module));
            *module.globals_dict.borrow_mut() = Some(Rc::downgrade(&d));
            d
        }
    };
    let mut pairs: Vec<(Rc<str>, Value)> = Vec::new();
    for name in MODULE_HEADER {
        match module.get(name) {
            Some(v) => pairs.push(((*name).into(), v)),
            None if *name == "__name__" => {
                pairs.push(("__name__".into(), Value::str(&module.name)))
            }
            None => {}
        }
    }
    {
        let slots = module.slots.borrow();
        let names = module.names.borrow();
        for (name, value) in names.iter().zip(slots.iter()) {
            if let Some(v) = value {
                if !MODULE_HEADER.contains(&&**name) {
                    pairs.push((name.clone(), v.clone()));
                }
            }
        }
    }
    for (name, value) in pairs {
        let key = vm.dict_key(&dict, Value::str(&name))?;
        let ((), ok) = dict.mutate(|m| {
            m.insert(key, value);
        });
        if !ok {
            return Err(vm.memory_error());
        }
    }
    Ok(Value::Dict(dict))
}

/// `locals()` (and `vars()` without an argument): at module level the globals, in a class
/// body its namespace, in a function a new dict of its bound variables in CPython's
/// `f_locals` order (parameters and locals, then cells, then free variables: the trace's
/// slot order). CPython hands out the frame's one dict, refreshed; here each call makes a
/// new one, and neither lets a store change a variable.
pub fn locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::no_keywords(vm, "locals", &args)?;
    super::call::check_arity(vm, "locals", &args, 0, 0)?;
    caller_locals(vm)
}

pub fn caller_locals(vm: &mut Vm) -> PyResult<Value> {
    if vm.frames.is_empty() {
        return Err(vm.unsupported_now("locals() outside a frame"));
    }
    locals_of_frame(vm, vm.frames.len() - 1)
}

/// `locals()` as frame `vm.frames[index]` would call it (also its `f_locals`): a class
/// body's namespace, a module's globals, a function's bound variables.
pub(crate) fn locals_of_frame(vm: &mut Vm, index: usize) -> PyResult<Value> {
    let frame = &vm.frames[index];
    if let Some(ns) = &frame.namespace {
        return Ok(Value::Dict(ns.clone()));
    }
    if frame.code.kind == CodeKind::Module {
        let module = frame.module.clone();
        return module_dict(vm, &module);
    }
    let flat = frame_local_pairs(frame);
    vm.dict_from_pairs(flat)
}

/// A function frame's bound variables as alternating keys and values, in `f_locals` order
/// (parameters and locals, then cells, then free variables).
pub(crate) fn frame_local_pairs(frame: &super::frame::Frame) -> Vec<Value> {
    let code = &frame.code;
    (0..super::tracing::trace_slots(frame))
        .filter_map(|slot| {
            let value = super::tracing::traced_value(frame, slot)?;
            let name = match code.varnames.get(slot) {
                Some(n) => n,
                None => code.trace_extra_names.get(slot - code.varnames.len())?,
            };
            Some([Value::str(name), value])
        })
        .flatten()
        .collect()
}

/// `dir()`: the sorted names bound in the calling frame's local scope (the module's globals
/// at module level, the class namespace in a class body, the function's locals and cells).
pub fn caller_names(vm: &Vm) -> Vec<String> {
    let Some(frame) = vm.frames.last() else {
        return Vec::new();
    };
    let mut names: Vec<String> = Vec::new();
    if let Some(ns) = &frame.namespace {
        names.extend(ns.map.borrow().keys().filter_map(|k| match &k.value {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        }));
    } else if frame.code.kind == CodeKind::Module {
        let slots = frame.module.slots.borrow();
        let bound = frame.module.names.borrow();
        names.extend(
            bound.iter().zip(slots.iter()).filter(|(_, v)| v.is_some()).map(|(n, _)| n.to_string()),
        );
        if frame.module.get("__name__").is_none() {
            names.push("__name__".to_string());
        }
    } else {
        let code = &frame.code;
        names.extend(
            code.varnames
                .iter()
                .zip(frame.locals.iter())
                .filter(|(_, v)| v.is_some())
                .map(|(n, _)| n.to_string()),
        );
        names.extend(
            code.cellvars
                .iter()
                .chain(code.freevars.iter())
                .zip(frame.cells.iter())
                .filter(|(_, c)| c.borrow().is_some())
                .map(|(n, _)| n.to_string()),
        );
    }
    names.sort();
    names.dedup();
    names
}
