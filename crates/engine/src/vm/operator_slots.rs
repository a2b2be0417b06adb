//! The operator dunders of built-in types called by name (`(3).__add__(4)`, `"a".__mul__(3)`,
//! `{1}.__or__({2})`, `(-3).__abs__()`, `int.__radd__(5, 1)`): CPython's slot wrappers. A
//! number's or a set's binary slot answers `NotImplemented` for an operand of a type it does
//! not handle (`(3).__add__(1.5)`), so Python's reflected-operand protocol can continue; a
//! sequence's concatenation and repetition raise `TypeError` instead, as in CPython.

use super::builtin_subclass::base_of;
use super::objects::{BuiltinType, NativeFn};
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::compiler::code::{BinOp, Instr};
use crate::ExcKind;

/// What an operator dunder does: a binary operator (reflected or in place), `divmod`, or a
/// one-operand conversion.
#[derive(Clone, Copy)]
enum Slot {
    Binary(BinOp, Form),
    DivMod(Form),
    Unary(Unary),
}

#[derive(Clone, Copy, PartialEq)]
enum Form {
    Plain,
    Reflected,
    InPlace,
}

#[derive(Clone, Copy)]
enum Unary {
    Neg,
    Pos,
    Invert,
    Abs,
    Bool,
    Int,
    Index,
    Float,
    Trunc,
    Floor,
    Ceil,
    Round,
}

/// The slot wrapper `name` of the built-in type `layout`, if that type has it.
pub fn operator_slot(layout: BuiltinType, name: &str) -> Option<(&'static str, NativeFn)> {
    let (name, func, slot) = SLOTS.iter().find(|(n, _, _)| *n == name)?;
    has_slot(layout, *slot).then_some((*name, *func))
}

fn has_slot(layout: BuiltinType, slot: Slot) -> bool {
    use BinOp::*;
    use BuiltinType as T;
    match (layout, slot) {
        (T::Int | T::Bool, Slot::Binary(op, form)) => form != Form::InPlace && op != MatMul,
        (T::Float, Slot::Binary(op, form)) => {
            form != Form::InPlace && matches!(op, Add | Sub | Mul | TrueDiv | FloorDiv | Mod | Pow)
        }
        (T::Int | T::Bool | T::Float, Slot::DivMod(form)) => form != Form::InPlace,
        (T::Int | T::Bool, Slot::Unary(_)) => true,
        (T::Float, Slot::Unary(u)) => !matches!(u, Unary::Invert | Unary::Index),
        (T::Str | T::Bytes, Slot::Binary(op, form)) => match op {
            Add => form == Form::Plain,
            Mul => form != Form::InPlace,
            Mod => form != Form::InPlace,
            _ => false,
        },
        (T::Tuple, Slot::Binary(op, form)) => {
            (op == Add && form == Form::Plain) || (op == Mul && form != Form::InPlace)
        }
        (T::List, Slot::Binary(op, form)) => (op == Add && form != Form::Reflected) || op == Mul,
        (T::Set, Slot::Binary(op, _)) => matches!(op, Or | And | Sub | Xor),
        (T::FrozenSet, Slot::Binary(op, form)) => {
            form != Form::InPlace && matches!(op, Or | And | Sub | Xor)
        }
        (T::Dict, Slot::Binary(op, _)) => op == Or,
        _ => false,
    }
}

fn int_like(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn set_like(v: &Value) -> bool {
    matches!(v, Value::Set(_))
}

/// Whether a binary slot of `this`'s type computes with `other`; `false` answers
/// `NotImplemented`. Sequences accept anything: the operation itself raises `TypeError`.
fn accepts(this: &Value, other: &Value, op: BinOp, form: Form) -> bool {
    match this {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => int_like(other),
        Value::Float(_) => int_like(other) || matches!(other, Value::Float(_)),
        Value::Set(_) => set_like(other),
        Value::Dict(_) => form == Form::InPlace || matches!(other, Value::Dict(_)),
        // `str.__rmod__` only formats when the left operand is a string.
        Value::Str(_) if op == BinOp::Mod && form == Form::Reflected => {
            matches!(other, Value::Str(_))
        }
        Value::Bytes(_) if op == BinOp::Mod && form == Form::Reflected => {
            matches!(other, Value::Bytes(_))
        }
        _ => true,
    }
}

fn operands(vm: &Vm, args: &Args, n: usize, name: &str) -> PyResult<(Value, Vec<Value>)> {
    let Some((first, rest)) = args.pos.split_first() else {
        let msg = format!("descriptor '{name}' needs an argument");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    };
    if rest.len() != n || !args.kw_names.is_empty() {
        let msg = format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            rest.len() + args.kw_names.len()
        );
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let this = base_of(first).unwrap_or(first).clone();
    let rest = rest.iter().map(|v| base_of(v).unwrap_or(v).clone()).collect();
    Ok((this, rest))
}

fn call_slot(vm: &mut Vm, args: Args, name: &'static str, slot: Slot) -> PyResult<Value> {
    match slot {
        // `__pow__(value, mod=None)` and `__rpow__`: CPython's ternary slot wrappers.
        Slot::Binary(BinOp::Pow, form @ (Form::Plain | Form::Reflected))
            if args.pos.len() != 2 || args.has_keywords() =>
        {
            let (this, rest) = match operands(vm, &args, 2, name) {
                Ok(ok) => ok,
                Err(_) => {
                    // `PyArg_UnpackTuple` with an empty name: the message starts with a space.
                    let given = args.pos.len().saturating_sub(1) + args.kw_names.len();
                    let msg = if given == 0 {
                        " expected at least 1 argument, got 0".to_string()
                    } else {
                        format!(" expected at most 2 arguments, got {given}")
                    };
                    return Err(vm.new_error(ExcKind::TypeError, &msg));
                }
            };
            let (other, modulus) = (&rest[0], &rest[1]);
            if !accepts(&this, other, BinOp::Pow, form) {
                return Ok(Value::NotImplemented);
            }
            let triple = match form {
                Form::Reflected => [other.clone(), this, modulus.clone()],
                _ => [this, other.clone(), modulus.clone()],
            };
            super::builtins::pow(vm, Args::positional(&triple))
        }
        Slot::Binary(op, form) => {
            let (this, rest) = operands(vm, &args, 1, name)?;
            let other = &rest[0];
            if !accepts(&this, other, op, form) {
                return Ok(Value::NotImplemented);
            }
            // A sequence repeats only by an integer: CPython's wrapper converts the count.
            let sequence =
                matches!(this, Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_));
            if sequence && op == BinOp::Mul && !int_like(other) {
                let msg =
                    format!("'{}' object cannot be interpreted as an integer", vm.type_name(other));
                return Err(vm.new_error(ExcKind::TypeError, &msg));
            }
            match form {
                Form::Plain => vm.binary_op(op, &this, other, false),
                Form::Reflected => vm.binary_op(op, other, &this, false),
                Form::InPlace => {
                    // The in-place slot mutates the object itself, not a base copy, and
                    // returns it (a list subclass's instance, not its list).
                    let receiver = args.pos[0].clone();
                    let target = base_of(&receiver).cloned().unwrap_or_else(|| receiver.clone());
                    // `list += iterable` and `dict |= pairs` take any iterable, unlike `+`/`|`.
                    match (&target, op) {
                        // `list.extend`'s words for a non-iterable, not `[*x]`'s.
                        (Value::List(l), BinOp::Add) => {
                            let extra = vm.collect(other)?;
                            let ((), ok) = l.mutate(|items| items.extend(extra));
                            if !ok {
                                return Err(vm.memory_error());
                            }
                        }
                        (Value::Dict(_), BinOp::Or) => vm.dict_update(&target, other)?,
                        _ => {
                            let result = vm.binary_op(op, &target, other, true)?;
                            if !result.is(&target) {
                                return Ok(result);
                            }
                        }
                    }
                    Ok(receiver)
                }
            }
        }
        Slot::DivMod(form) => {
            let (this, rest) = operands(vm, &args, 1, name)?;
            let other = rest[0].clone();
            if !accepts(&this, &other, BinOp::FloorDiv, form) {
                return Ok(Value::NotImplemented);
            }
            let pair = match form {
                Form::Reflected => [other, this],
                _ => [this, other],
            };
            super::builtins::divmod(vm, Args::positional(&pair))
        }
        Slot::Unary(u) => {
            let (this, _) = operands(vm, &args, 0, name)?;
            unary(vm, u, this)
        }
    }
}

fn unary(vm: &mut Vm, u: Unary, this: Value) -> PyResult<Value> {
    let one = [this.clone()];
    match u {
        Unary::Neg => vm.unary_op(Instr::UnaryNegative, &this),
        Unary::Pos => vm.unary_op(Instr::UnaryPositive, &this),
        Unary::Invert => vm.unary_op(Instr::UnaryInvert, &this),
        Unary::Abs => super::builtins::abs(vm, Args::positional(&one)),
        Unary::Bool => Ok(Value::Bool(vm.truthy(&this)?)),
        Unary::Int | Unary::Index => {
            let int = vm.types.int.clone();
            vm.construct_builtin(&int, Args::positional(&one))
        }
        Unary::Float => {
            let float = vm.types.float.clone();
            vm.construct_builtin(&float, Args::positional(&one))
        }
        Unary::Trunc => crate::stdlib::math_module::trunc(vm, Args::positional(&one)),
        Unary::Floor => crate::stdlib::math_module::floor(vm, Args::positional(&one)),
        Unary::Ceil => crate::stdlib::math_module::ceil(vm, Args::positional(&one)),
        Unary::Round => super::builtins::round(vm, Args::positional(&one)),
    }
}

/// `__round__(ndigits)` takes an optional argument, unlike the other one-operand slots.
fn slot_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() == 2 {
        let pos: Vec<Value> = args.pos.iter().map(|v| base_of(v).unwrap_or(v).clone()).collect();
        return super::builtins::round(vm, Args::positional(&pos));
    }
    call_slot(vm, args, "__round__", Slot::Unary(Unary::Round))
}

macro_rules! slots {
    ($($f:ident $name:literal $slot:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            call_slot(vm, args, $name, $slot)
        })*
        const SLOTS: &[(&str, NativeFn, Slot)] = &[
            $(($name, $f, $slot),)*
            ("__round__", slot_round, Slot::Unary(Unary::Round)),
        ];
    };
}

use BinOp as B;
use Form::{InPlace as I, Plain as P, Reflected as R};
slots! {
    add "__add__" Slot::Binary(B::Add, P);
    radd "__radd__" Slot::Binary(B::Add, R);
    iadd "__iadd__" Slot::Binary(B::Add, I);
    sub "__sub__" Slot::Binary(B::Sub, P);
    rsub "__rsub__" Slot::Binary(B::Sub, R);
    isub "__isub__" Slot::Binary(B::Sub, I);
    mul "__mul__" Slot::Binary(B::Mul, P);
    rmul "__rmul__" Slot::Binary(B::Mul, R);
    imul "__imul__" Slot::Binary(B::Mul, I);
    truediv "__truediv__" Slot::Binary(B::TrueDiv, P);
    rtruediv "__rtruediv__" Slot::Binary(B::TrueDiv, R);
    floordiv "__floordiv__" Slot::Binary(B::FloorDiv, P);
    rfloordiv "__rfloordiv__" Slot::Binary(B::FloorDiv, R);
    modulo "__mod__" Slot::Binary(B::Mod, P);
    rmodulo "__rmod__" Slot::Binary(B::Mod, R);
    power "__pow__" Slot::Binary(B::Pow, P);
    rpower "__rpow__" Slot::Binary(B::Pow, R);
    lshift "__lshift__" Slot::Binary(B::LShift, P);
    rlshift "__rlshift__" Slot::Binary(B::LShift, R);
    rshift "__rshift__" Slot::Binary(B::RShift, P);
    rrshift "__rrshift__" Slot::Binary(B::RShift, R);
    and "__and__" Slot::Binary(B::And, P);
    rand "__rand__" Slot::Binary(B::And, R);
    iand "__iand__" Slot::Binary(B::And, I);
    or "__or__" Slot::Binary(B::Or, P);
    ror "__ror__" Slot::Binary(B::Or, R);
    ior "__ior__" Slot::Binary(B::Or, I);
    xor "__xor__" Slot::Binary(B::Xor, P);
    rxor "__rxor__" Slot::Binary(B::Xor, R);
    ixor "__ixor__" Slot::Binary(B::Xor, I);
    divmod "__divmod__" Slot::DivMod(P);
    rdivmod "__rdivmod__" Slot::DivMod(R);
    neg "__neg__" Slot::Unary(Unary::Neg);
    pos "__pos__" Slot::Unary(Unary::Pos);
    invert "__invert__" Slot::Unary(Unary::Invert);
    abs "__abs__" Slot::Unary(Unary::Abs);
    boolean "__bool__" Slot::Unary(Unary::Bool);
    int "__int__" Slot::Unary(Unary::Int);
    index "__index__" Slot::Unary(Unary::Index);
    float "__float__" Slot::Unary(Unary::Float);
    trunc "__trunc__" Slot::Unary(Unary::Trunc);
    floor "__floor__" Slot::Unary(Unary::Floor);
    ceil "__ceil__" Slot::Unary(Unary::Ceil);
}
