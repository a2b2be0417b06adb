//! `_operator`, the C half of CPython's `operator`: only what the Python half
//! (`lib/operator.py`) cannot compute itself — how many items a built-in iterator has left
//! (CPython's iterators answer `__length_hint__`, which Loopscope's do not expose), and
//! `index`, whose error names a type as C does (`decimal.Decimal`).

use crate::vm::modules::native_module;
use crate::vm::objects::{IterState, ModuleObj};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

/// `_operator`, as the library's `operator.py` imports it.
pub fn make_native_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    native_module(
        "_operator",
        &[
            ("_iterator_length_hint", iterator_length_hint),
            ("index", index),
            ("_compare_digest", crate::stdlib::hashlib_module::compare_digest),
        ],
    )
}

/// `operator.index(a)`: `a.__index__()`, an int as it is.
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::check_arity(vm, "index", &args, 1, 1)?;
    let a = &args.pos[0];
    // Since 3.10 `PyNumber_Index` gives an exact int, for an int subclass's member too.
    match vm.exact_index(a)? {
        Some(i) => Ok(i),
        None => {
            let message =
                format!("'{}' object cannot be interpreted as an integer", vm.type_name(a));
            Err(vm.new_error(crate::ExcKind::TypeError, &message))
        }
    }
}

/// The items a built-in iterator has left, or None when it cannot tell (a map, a filter,
/// a generator: CPython's have no `__length_hint__` either).
pub(crate) fn iterator_length_hint(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Iter(it)) = args.pos.first() else { return Ok(Value::None) };
    let left = match &*it.state.borrow() {
        IterState::List { list, index } => list.items.borrow().len().saturating_sub(*index),
        IterState::ListReversed { list, index } => {
            if (*index as usize) < list.items.borrow().len() {
                (*index + 1) as usize
            } else {
                0
            }
        }
        IterState::Tuple { tuple, index } => tuple.items.len().saturating_sub(*index),
        IterState::Str { text, byte_index } => {
            text.as_str().get(*byte_index..).map_or(0, |rest| rest.chars().count())
        }
        IterState::Range { remaining, .. } => (*remaining).max(0) as usize,
        IterState::Bytes { source, index } => {
            crate::vm::bytes::buffer(source).map_or(0, |b| b.len().saturating_sub(*index))
        }
        IterState::Dict { dict, len, remaining, .. } => {
            if dict.map.borrow().len() == *len {
                *remaining
            } else {
                0
            }
        }
        IterState::Set { set, index, .. } => set.items.borrow().len().saturating_sub(*index),
        IterState::Reversed { items, index, .. } | IterState::Values { items, index } => {
            items.len().saturating_sub(*index)
        }
        IterState::Exhausted(_) => 0,
        _ => return Ok(Value::None),
    };
    Ok(Value::Int(left as i64))
}
