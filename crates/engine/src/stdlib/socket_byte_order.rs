//! `socket.htons`/`ntohs`/`htonl`/`ntohl`: byte-order swaps of 16- and 32-bit numbers (the
//! network order is big-endian, the host's little-endian, as on x86 Linux). Each keeps the
//! argument checks and `OverflowError` texts of CPython's `_socket`, which reads a 16-bit
//! value as a C `int` and a 32-bit one as a C `unsigned long`.

use crate::vm::builtin_subclass::number_of;
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use num_bigint::BigInt;

pub(super) fn htons(vm: &mut Vm, args: Args) -> PyResult<Value> {
    swap16(vm, args, "htons")
}

pub(super) fn ntohs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    swap16(vm, args, "ntohs")
}

pub(super) fn htonl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    swap32(vm, args, "htonl")
}

pub(super) fn ntohl(vm: &mut Vm, args: Args) -> PyResult<Value> {
    swap32(vm, args, "ntohl")
}

/// The one argument of a byte-order function; `exactly` is how its arity error words it.
fn only_argument(vm: &Vm, args: &Args, name: &str, exactly: &str) -> PyResult<Value> {
    if !args.kw_names.is_empty() {
        return Err(
            vm.new_error(ExcKind::TypeError, &format!("{name}() takes no keyword arguments"))
        );
    }
    match args.pos {
        [one] => Ok(one.clone()),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("{name}() takes exactly {exactly} ({} given)", other.len()),
        )),
    }
}

/// An int argument as a big int, when it is an int (an int subclass, a bool) at all.
fn int_value(v: &Value) -> Option<BigInt> {
    match number_of(v) {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn swap16(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let value = only_argument(vm, &args, name, "1 argument")?;
    let value = vm.index_of_object(&value)?.unwrap_or(value);
    let Some(n) = int_value(&value) else {
        let message =
            format!("'{}' object cannot be interpreted as an integer", vm.type_name(&value));
        return Err(vm.new_error(ExcKind::TypeError, &message));
    };
    let Ok(n) = i64::try_from(&n) else {
        return Err(
            vm.new_error(ExcKind::OverflowError, "Python int too large to convert to C long")
        );
    };
    let too_big = format!("{name}: Python int too large to convert to C 16-bit unsigned integer");
    let message = match n {
        n if n < i32::MIN as i64 => "signed integer is less than minimum".to_string(),
        n if n > i32::MAX as i64 => "signed integer is greater than maximum".to_string(),
        n if n < 0 => {
            format!("{name}: can't convert negative Python int to C 16-bit unsigned integer")
        }
        n if n > u16::MAX as i64 => too_big,
        n => return Ok(Value::Int((n as u16).swap_bytes() as i64)),
    };
    Err(vm.new_error(ExcKind::OverflowError, &message))
}

fn swap32(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let value = only_argument(vm, &args, &format!("_socket.{name}"), "one argument")?;
    let Some(n) = int_value(&value) else {
        let message = format!("expected int, {} found", vm.type_name(&value));
        return Err(vm.new_error(ExcKind::TypeError, &message));
    };
    let message = if n.sign() == num_bigint::Sign::Minus {
        "can't convert negative value to unsigned int"
    } else if u64::try_from(&n).is_err() {
        "Python int too large to convert to C unsigned long"
    } else {
        match u32::try_from(&n) {
            Ok(n) => return Ok(Value::Int(n.swap_bytes() as i64)),
            Err(_) => "int larger than 32 bits",
        }
    };
    Err(vm.new_error(ExcKind::OverflowError, message))
}
