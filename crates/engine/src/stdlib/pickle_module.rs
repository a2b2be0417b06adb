//! `_pickle`, the native half of `pickle` (issue 14: what crosses between simulated
//! processes crosses by pickling rules, `vm::pickling`).
//!
//! `dumps` applies pickle's rules (what cannot be pickled raises CPython's exception and
//! message) and keeps the copy in the run; the bytes it returns are a handle to that copy
//! (the protocol 4 header `\x80\x04`, the handle, the STOP opcode `.`), **not** CPython's
//! byte stream: a program may round-trip them through `loads`, but printing them or their
//! length shows something CPython would not. `loads` of anything else is unsupported.

use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::objects::{ClassObj, ModuleObj, NativeFn};
use crate::vm::pickling::CopyRule;
use crate::vm::types::new_builtin_class;
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

/// `pickle.DEFAULT_PROTOCOL` and `HIGHEST_PROTOCOL` in CPython 3.11.
const DEFAULT_PROTOCOL: i64 = 4;
const HIGHEST_PROTOCOL: i64 = 5;

/// What starts the bytes `dumps` returns: PROTO 4, then the handle.
const MAGIC: &[u8] = b"\x80\x04loopscope:";

const FUNCTIONS: &[(&str, NativeFn)] = &[("dumps", dumps), ("loads", loads)];

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("_pickle", FUNCTIONS);
    module.set("PickleError", Value::Class(error_class(vm, "PickleError")));
    module.set("PicklingError", Value::Class(error_class(vm, "PicklingError")));
    module.set("UnpicklingError", Value::Class(error_class(vm, "UnpicklingError")));
    module.set("DEFAULT_PROTOCOL", Value::Int(DEFAULT_PROTOCOL));
    module.set("HIGHEST_PROTOCOL", Value::Int(HIGHEST_PROTOCOL));
    module
}

/// `_pickle.PickleError` (an `Exception`) and its two subclasses, made once per run.
fn error_class(vm: &mut Vm, name: &'static str) -> Rc<ClassObj> {
    if let Some(c) = vm.native_classes.get(&("_pickle", name)) {
        return c.clone();
    }
    let base = match name {
        "PickleError" => vm.types.exc(ExcKind::Exception).clone(),
        _ => error_class(vm, "PickleError"),
    };
    let class = new_builtin_class(
        name,
        "_pickle",
        vec![base],
        crate::vm::objects::BuiltinType::BaseException,
    );
    vm.native_classes.insert(("_pickle", name), class.clone());
    class
}

/// `_pickle.PicklingError`.
pub fn pickling_error(vm: &mut Vm) -> Rc<ClassObj> {
    error_class(vm, "PicklingError")
}

/// `dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None)`.
fn dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        let message = "dumps() missing required argument 'obj' (pos 1)";
        return Err(vm.new_error(ExcKind::TypeError, message));
    }
    check_arity(vm, "dumps", &args, 1, 2)?;
    if let Some(Value::Int(p)) = args.pos.get(1).or_else(|| args.keyword("protocol")) {
        if *p > HIGHEST_PROTOCOL {
            return Err(vm.new_error(
                ExcKind::ValueError,
                &format!("pickle protocol must be <= {HIGHEST_PROTOCOL}"),
            ));
        }
    }
    let copy = vm.boundary_copy(&args.pos[0], CopyRule::PickleDump)?;
    vm.pickled.push(copy);
    let mut data = MAGIC.to_vec();
    data.extend_from_slice((vm.pickled.len() - 1).to_string().as_bytes());
    data.push(b'.');
    Ok(Value::bytes(data))
}

/// `loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())`.
fn loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "loads", &args, 1, 1)?;
    let data: Vec<u8> = match &args.pos[0] {
        Value::Bytes(b) => b.data.to_vec(),
        Value::ByteArray(b) => b.data.borrow().as_slice().to_vec(),
        other => {
            let name = vm.type_name(other);
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("a bytes-like object is required, not '{name}'"),
            ));
        }
    };
    let index = data
        .strip_prefix(MAGIC)
        .and_then(|rest| rest.strip_suffix(b"."))
        .and_then(|n| std::str::from_utf8(n).ok())
        .and_then(|n| n.parse::<usize>().ok());
    let Some(stored) = index.and_then(|i| vm.pickled.get(i).cloned()) else {
        if data.is_empty() {
            return Err(vm.new_error(ExcKind::EOFError, "Ran out of input"));
        }
        if !data.starts_with(b"\x80") {
            let class = error_class(vm, "UnpicklingError");
            return Err(vm.error_of_class(&class, "pickle data was truncated"));
        }
        return Err(
            vm.unsupported_now("`pickle.loads` of bytes not made by `pickle.dumps` in this run")
        );
    };
    vm.boundary_copy(&stored, CopyRule::PickleLoad)
}
