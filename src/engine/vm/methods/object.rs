//! Methods of `object`, `BaseException`, `int` and `float`.

use super::super::call::check_arity;
use super::super::exceptions::state_of;
use super::super::objects::NativeFn;
use super::super::types::Types;
use super::super::value::Value;
use super::super::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::Signed;

const OBJECT_METHODS: &[(&str, NativeFn)] = &[("__init__", object_init)];

const EXCEPTION_METHODS: &[(&str, NativeFn)] =
    &[("__init__", exception_init), ("with_traceback", with_traceback), ("add_note", add_note)];

const INT_METHODS: &[(&str, NativeFn)] = &[("bit_length", bit_length), ("conjugate", identity)];

const FLOAT_METHODS: &[(&str, NativeFn)] =
    &[("is_integer", is_integer), ("as_integer_ratio", as_integer_ratio), ("conjugate", identity)];

pub fn install(types: &Types) {
    Types::add_methods(&types.object, "object", OBJECT_METHODS);
    Types::add_methods(&types.base_exception, "BaseException", EXCEPTION_METHODS);
    Types::add_methods(&types.int, "int", INT_METHODS);
    Types::add_methods(&types.float, "float", FLOAT_METHODS);
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `BaseException.__init__(self, *args)`: sets `args`.
fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.pos.first() else {
        return Err(vm.new_error(
            "TypeError",
            "descriptor '__init__' of 'BaseException' object needs an argument",
        ));
    };
    if args.has_keywords() {
        return Err(vm.new_error(
            "TypeError",
            &format!("{}() takes no keyword arguments", vm.type_name(this)),
        ));
    }
    if let Some(state) = state_of(this) {
        state.borrow_mut().args = args.pos[1..].to_vec();
    }
    Ok(Value::None)
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "with_traceback", &args, 2, 2)?;
    if args.pos[1].is_none() {
        if let Some(state) = state_of(&args.pos[0]) {
            state.borrow_mut().traceback.clear();
        }
    }
    Ok(args.pos[0].clone())
}

fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "add_note", &args, 2, 2)?;
    Err(vm.unsupported_now("exception notes (add_note)"))
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "bit_length", &args, 1, 1)?;
    let n = super::super::numbers::to_bigint(&args.pos[0]).unwrap_or_default();
    Ok(Value::Int(n.abs().bits() as i64))
}

fn identity(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "conjugate", &args, 1, 1)?;
    Ok(args.pos[0].clone())
}

fn is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "is_integer", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Ok(Value::Bool(true)),
    }
}

fn as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "as_integer_ratio", &args, 1, 1)?;
    let Value::Float(f) = args.pos[0] else {
        return Err(vm.new_error("TypeError", "as_integer_ratio() needs a float"));
    };
    if f.is_infinite() {
        return Err(vm.new_error("OverflowError", "cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.new_error("ValueError", "cannot convert NaN to integer ratio"));
    }
    // Exact: f = mantissa * 2**exponent with an integer mantissa.
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exp) =
        if exponent == 0 { (fraction, -1074) } else { (fraction | (1 << 52), exponent - 1075) };
    while mantissa != 0 && mantissa & 1 == 0 && exp < 0 {
        mantissa >>= 1;
        exp += 1;
    }
    let sign = if f < 0.0 { -1 } else { 1 };
    let mut numerator = BigInt::from(mantissa) * sign;
    let mut denominator = BigInt::from(1);
    if exp > 0 {
        numerator <<= exp as u64;
    } else {
        denominator <<= (-exp) as u64;
    }
    Ok(Value::tuple(vec![Value::from_bigint(numerator), Value::from_bigint(denominator)]))
}
