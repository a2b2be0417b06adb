//! `gc` (C in CPython): the switches of the cyclic garbage collector. Loopscope frees an
//! object when its last reference goes, as CPython's reference counting does, and has no
//! cycle collector (docs/ARCHITECTURE.md, "Deliberate differences"): `collect()` finds no
//! garbage (everything not in a cycle is already gone), so it returns 0. The thresholds and
//! the enabled switch are kept and reported back; they change nothing else.

use crate::vm::modules::native_module;
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

/// CPython's default thresholds for generations 0, 1 and 2.
pub const DEFAULT_THRESHOLDS: [i64; 3] = [700, 10, 10];

/// What the program set: `enable()`/`disable()` and `set_threshold()`.
pub struct GcSettings {
    pub enabled: bool,
    pub thresholds: [i64; 3],
}

impl Default for GcSettings {
    fn default() -> Self {
        GcSettings { enabled: true, thresholds: DEFAULT_THRESHOLDS }
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("collect", collect),
    ("enable", enable),
    ("disable", disable),
    ("isenabled", isenabled),
    ("get_threshold", get_threshold),
    ("set_threshold", set_threshold),
];

/// The `DEBUG_*` flags (`set_debug` itself is not supported yet: it would print statistics).
const FLAGS: &[(&str, i64)] = &[
    ("DEBUG_STATS", 1),
    ("DEBUG_COLLECTABLE", 2),
    ("DEBUG_UNCOLLECTABLE", 4),
    ("DEBUG_SAVEALL", 32),
    ("DEBUG_LEAK", 38),
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("gc", FUNCTIONS);
    for (name, value) in FLAGS {
        module.set(name, Value::Int(*value));
    }
    module
}

fn no_arguments(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.has_keywords() {
        let msg = format!("gc.{name}() takes no keyword arguments");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    match args.pos.len() {
        0 => Ok(()),
        n => Err(vm
            .new_error(ExcKind::TypeError, &format!("gc.{name}() takes no arguments ({n} given)"))),
    }
}

/// `collect(generation=2)`: the number of unreachable objects found, always 0 here.
fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some((k, _)) = args.keywords().find(|(k, _)| *k != "generation") {
        let msg = format!("'{k}' is an invalid keyword argument for collect()");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let generation = match (args.pos, args.keyword("generation")) {
        ([], None) => Value::Int(2),
        ([g], None) | ([], Some(g)) => g.clone(),
        _ => {
            let given = args.pos.len() + args.kw_names.len();
            let msg = format!("collect() takes at most 1 argument ({given} given)");
            return Err(vm.new_error(ExcKind::TypeError, &msg));
        }
    };
    match c_integer(vm, &generation, "int")? {
        0..=2 => Ok(Value::Int(0)),
        _ => Err(vm.new_error(ExcKind::ValueError, "invalid generation")),
    }
}

/// An int argument a C function converts to `c_type` (`int`: 32 bits, `long`: 64).
fn c_integer(vm: &Vm, v: &Value, c_type: &str) -> PyResult<i64> {
    let too_large = || {
        let msg = format!("Python int too large to convert to C {c_type}");
        vm.new_error(ExcKind::OverflowError, &msg)
    };
    match v {
        Value::Bool(b) => Ok(*b as i64),
        Value::Int(i) if c_type == "int" && i32::try_from(*i).is_err() => Err(too_large()),
        Value::Int(i) => Ok(*i),
        Value::BigInt(_) => Err(too_large()),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)),
        )),
    }
}

fn enable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "enable", &args)?;
    vm.gc_settings.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "disable", &args)?;
    vm.gc_settings.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "isenabled", &args)?;
    Ok(Value::Bool(vm.gc_settings.enabled))
}

fn get_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_arguments(vm, "get_threshold", &args)?;
    let items = vm.gc_settings.thresholds.iter().map(|t| Value::Int(*t)).collect();
    Ok(Value::tuple(items))
}

/// `set_threshold(threshold0[, threshold1[, threshold2]])`: the ones not given stay.
fn set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.new_error(ExcKind::TypeError, "set_threshold() takes no keyword arguments"));
    }
    let msg = match args.pos.len() {
        1..=3 => None,
        0 => Some("set_threshold() takes at least 1 argument (0 given)".to_string()),
        n => Some(format!("set_threshold() takes at most 3 arguments ({n} given)")),
    };
    if let Some(msg) = msg {
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let mut thresholds = vm.gc_settings.thresholds;
    for (slot, value) in thresholds.iter_mut().zip(args.pos) {
        *slot = c_integer(vm, value, "long")?;
    }
    vm.gc_settings.thresholds = thresholds;
    Ok(Value::None)
}
