//! `_operator`, the C half of CPython's `operator`: the operator functions themselves
//! (built-in functions, as CPython's are), how many items a built-in iterator has left
//! (CPython's iterators answer `__length_hint__`, which Loopscope's do not expose), and
//! `index`, whose error names a type as C does (`decimal.Decimal`). The Python half
//! (`lib/operator.py`) keeps the rest: the getters, `methodcaller`, `concat`, `countOf`...

use crate::compiler::code::{BinOp, CmpOp, Instr};
use crate::vm::call::{check_arity, no_keywords};
use crate::vm::modules::native_module;
use crate::vm::objects::{IterState, ModuleObj};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use std::rc::Rc;

/// `_operator`, as the library's `operator.py` imports it. The operators themselves are
/// built-in functions, as CPython's C ones are: `<built-in function add>`, not bound as a
/// method when a class stores one (`class Calc: add = operator.add`).
pub fn make_native_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    native_module(
        "_operator",
        &[
            ("_iterator_length_hint", iterator_length_hint),
            ("index", index),
            ("_compare_digest", crate::stdlib::hashlib_module::compare_digest),
            ("add", add),
            ("sub", sub),
            ("mul", mul),
            ("matmul", matmul),
            ("truediv", truediv),
            ("floordiv", floordiv),
            ("mod", mod_),
            ("pow", pow),
            ("lshift", lshift),
            ("rshift", rshift),
            ("and_", and_),
            ("or_", or_),
            ("xor", xor),
            ("iadd", iadd),
            ("isub", isub),
            ("imul", imul),
            ("imatmul", imatmul),
            ("itruediv", itruediv),
            ("ifloordiv", ifloordiv),
            ("imod", imod),
            ("ipow", ipow),
            ("ilshift", ilshift),
            ("irshift", irshift),
            ("iand", iand),
            ("ior", ior),
            ("ixor", ixor),
            ("lt", lt),
            ("le", le),
            ("eq", eq),
            ("ne", ne),
            ("ge", ge),
            ("gt", gt),
            ("neg", neg),
            ("pos", pos),
            ("invert", invert),
            ("inv", inv),
            ("not_", not_),
            ("truth", truth),
            ("is_", is_),
            ("is_not", is_not),
            ("contains", contains),
            ("getitem", getitem),
            ("setitem", setitem),
            ("delitem", delitem),
            ("abs", crate::vm::builtins::abs),
        ],
    )
}

/// The operands of a two-operand operator function (`add expected 2 arguments, got 1`;
/// a keyword: `_operator.add() takes no keyword arguments`).
fn two<'a>(
    vm: &Vm,
    (name, qualified): (&str, &str),
    args: &'a Args,
) -> PyResult<(&'a Value, &'a Value)> {
    no_keywords(vm, qualified, args)?;
    check_arity(vm, name, args, 2, 2)?;
    Ok((&args.pos[0], &args.pos[1]))
}

/// The operand of a one-operand operator function
/// (`_operator.neg() takes exactly one argument (0 given)`).
fn one<'a>(vm: &Vm, qualified: &str, args: &'a Args) -> PyResult<&'a Value> {
    no_keywords(vm, qualified, args)?;
    check_arity(vm, qualified, args, 1, 1)?;
    Ok(&args.pos[0])
}

/// A function's name and its qualified name, for `two`.
macro_rules! names {
    ($name:literal) => {
        ($name, concat!("_operator.", $name))
    };
}

/// `a <op> b` (`inplace`: `a <op>= b`), by the operators' own protocol.
macro_rules! binary_functions {
    ($(($function:ident, $name:literal, $op:ident, $inplace:literal)),* $(,)?) => {$(
        fn $function(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (a, b) = two(vm, names!($name), &args)?;
            vm.binary_op(BinOp::$op, a, b, $inplace)
        }
    )*};
}

binary_functions!(
    (add, "add", Add, false),
    (sub, "sub", Sub, false),
    (mul, "mul", Mul, false),
    (matmul, "matmul", MatMul, false),
    (truediv, "truediv", TrueDiv, false),
    (floordiv, "floordiv", FloorDiv, false),
    (mod_, "mod", Mod, false),
    (pow, "pow", Pow, false),
    (lshift, "lshift", LShift, false),
    (rshift, "rshift", RShift, false),
    (and_, "and_", And, false),
    (or_, "or_", Or, false),
    (xor, "xor", Xor, false),
    (iadd, "iadd", Add, true),
    (isub, "isub", Sub, true),
    (imul, "imul", Mul, true),
    (imatmul, "imatmul", MatMul, true),
    (itruediv, "itruediv", TrueDiv, true),
    (ifloordiv, "ifloordiv", FloorDiv, true),
    (imod, "imod", Mod, true),
    (ipow, "ipow", Pow, true),
    (ilshift, "ilshift", LShift, true),
    (irshift, "irshift", RShift, true),
    (iand, "iand", And, true),
    (ior, "ior", Or, true),
    (ixor, "ixor", Xor, true),
);

/// `a <op> b` for a rich comparison, whose answer may be any object.
macro_rules! compare_functions {
    ($(($function:ident, $name:literal, $op:ident)),* $(,)?) => {$(
        fn $function(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (a, b) = two(vm, names!($name), &args)?;
            vm.compare(CmpOp::$op, a, b)
        }
    )*};
}

compare_functions!(
    (lt, "lt", Lt),
    (le, "le", Le),
    (eq, "eq", Eq),
    (ne, "ne", Ne),
    (ge, "ge", Ge),
    (gt, "gt", Gt),
);

/// `-a`, `+a`, `~a`.
macro_rules! unary_functions {
    ($(($function:ident, $name:literal, $instr:ident)),* $(,)?) => {$(
        fn $function(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = one(vm, concat!("_operator.", $name), &args)?;
            vm.unary_op(Instr::$instr, a)
        }
    )*};
}

unary_functions!(
    (neg, "neg", UnaryNegative),
    (pos, "pos", UnaryPositive),
    (invert, "invert", UnaryInvert),
    (inv, "inv", UnaryInvert),
);

fn not_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, "_operator.not_", &args)?;
    Ok(Value::Bool(!vm.truthy(a)?))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = one(vm, "_operator.truth", &args)?;
    Ok(Value::Bool(vm.truthy(a)?))
}

fn is_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, names!("is_"), &args)?;
    Ok(Value::Bool(a.is(b)))
}

fn is_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, names!("is_not"), &args)?;
    Ok(Value::Bool(!a.is(b)))
}

/// `b in a`.
fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, names!("contains"), &args)?;
    Ok(Value::Bool(vm.contains(a, b)?))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, names!("getitem"), &args)?;
    vm.get_item(a, b)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "_operator.setitem", &args)?;
    check_arity(vm, "setitem", &args, 3, 3)?;
    vm.set_item(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, names!("delitem"), &args)?;
    vm.del_item(a, b)?;
    Ok(Value::None)
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
