//! Arithmetic and comparison on Python's numbers (bool, int, float), with CPython's semantics:
//! ints never wrap (they grow into big ints), int/float comparisons are exact, `//` and `%`
//! floor toward negative infinity, and errors carry CPython's messages.

use super::value::Value;
use crate::compiler::code::BinOp;
use crate::ExcKind;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// An arithmetic error: the exception class and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ExcKind,
    pub message: String,
    /// Not an error: the real operation's result is complex (a negative number to a
    /// fractional power), which CPython's float power hands to complex.
    pub complex_result: bool,
    /// The C result was out of range (`ERANGE`): CPython's OverflowError then has
    /// `(errno, strerror)` as its two arguments, which `message` shows as `str()` does.
    pub out_of_range: bool,
}

fn err(kind: ExcKind, message: impl Into<String>) -> NumError {
    NumError { kind, message: message.into(), complex_result: false, out_of_range: false }
}

/// The OverflowError of a float operation whose C result was out of range
/// (`PyErr_SetFromErrno(ERANGE)`); `Vm::num_error` gives it its two arguments.
fn out_of_range() -> NumError {
    let message = "(34, 'Numerical result out of range')";
    NumError { out_of_range: true, ..err(ExcKind::OverflowError, message) }
}

fn complex_result() -> NumError {
    NumError { complex_result: true, ..err(ExcKind::ValueError, "") }
}

/// Big ints larger than this many bits are refused with MemoryError: a runaway `2 ** 10**9`
/// must not exhaust the page's memory.
pub const MAX_INT_BITS: u64 = 1 << 24;

/// A borrowed view of a numeric value.
#[derive(Clone, Copy)]
pub enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
}

pub fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Int(i) => Some(Num::Int(*i)),
        Value::BigInt(b) => Some(Num::Big(b)),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

fn big(n: Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b.clone(),
        Num::Float(f) => BigInt::from_f64(f).unwrap_or_default(),
    }
}

/// An int as a float, or OverflowError when it is too large.
pub fn int_to_float(n: Num) -> Result<f64, NumError> {
    match n {
        Num::Int(i) => Ok(i as f64),
        Num::Float(f) => Ok(f),
        Num::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(err(ExcKind::OverflowError, "int too large to convert to float")),
        },
    }
}

/// Compares two values if both are numbers: `None` if they are not, `Some(None)` if they are
/// unordered (NaN).
pub fn compare(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    let (x, y) = (as_num(a)?, as_num(b)?);
    Some(compare_nums(x, y))
}

pub fn compare_nums(x: Num, y: Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(&b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
        (Num::Float(f), other) => compare_int_float(other, f).map(Ordering::reverse),
        (other, Num::Float(f)) => compare_int_float(other, f),
        (a, b) => Some(big(a).cmp(&big(b))),
    }
}

/// Exact comparison of an int with a float, as CPython's `float_richcompare`.
fn compare_int_float(i: Num, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let Num::Int(small) = i {
        if small.unsigned_abs() < (1u64 << 53) {
            return (small as f64).partial_cmp(&f);
        }
    }
    let floor = f.floor();
    let floor_int = BigInt::from_f64(floor).unwrap_or_default();
    match big(i).cmp(&floor_int) {
        Ordering::Equal if f > floor => Some(Ordering::Less),
        other => Some(other),
    }
}

fn check_bits(b: &BigInt) -> Result<(), NumError> {
    if b.bits() > MAX_INT_BITS {
        Err(err(ExcKind::MemoryError, ""))
    } else {
        Ok(())
    }
}

/// A binary arithmetic operator on two numbers; `None` if either operand is not a number.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<Result<Value, NumError>> {
    // No number has `@`: the caller's error names both types (`bool` too) and the operator
    // as written (`@=`).
    if matches!(op, BinOp::MatMul) {
        return None;
    }
    // bool overrides `&`, `|` and `^` to stay a bool.
    if let (BinOp::And | BinOp::Or | BinOp::Xor, Value::Bool(p), Value::Bool(q)) = (op, a, b) {
        let r = match op {
            BinOp::And => p & q,
            BinOp::Or => p | q,
            _ => p ^ q,
        };
        return Some(Ok(Value::Bool(r)));
    }
    let (x, y) = (as_num(a)?, as_num(b)?);
    Some(match (x, y) {
        (Num::Int(p), Num::Int(q)) => int_op_small(op, p, q),
        // `&`, `<<`, ... with a float: the caller's error names both types (`bool` too).
        (Num::Float(_), _) | (_, Num::Float(_)) if !is_float_op(op) => return None,
        (Num::Float(_), _) | (_, Num::Float(_)) => float_op(op, x, y),
        _ => int_op_big(op, big(x), big(y)),
    })
}

fn int_op_small(op: BinOp, a: i64, b: i64) -> Result<Value, NumError> {
    let fast = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(err(ExcKind::ZeroDivisionError, "integer division or modulo by zero"));
            }
            // i64::MIN // -1 is the one quotient that overflows.
            (!(a == i64::MIN && b == -1)).then(|| Integer::div_floor(&a, &b))
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(err(ExcKind::ZeroDivisionError, "integer modulo by zero"));
            }
            if a == i64::MIN && b == -1 {
                Some(0)
            } else {
                Some(a.mod_floor(&b))
            }
        }
        BinOp::And => Some(a & b),
        BinOp::Or => Some(a | b),
        BinOp::Xor => Some(a ^ b),
        BinOp::LShift => {
            if b < 0 {
                return Err(err(ExcKind::ValueError, "negative shift count"));
            }
            if b < 63 && a.unsigned_abs().leading_zeros() as i64 > b + 1 {
                Some(a << b)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(err(ExcKind::ValueError, "negative shift count"));
            }
            Some(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            })
        }
        BinOp::TrueDiv => {
            return true_divide(&BigInt::from(a), &BigInt::from(b)).map(Value::Float);
        }
        BinOp::Pow => {
            if b < 0 {
                return float_op(op, Num::Int(a), Num::Int(b));
            }
            u32::try_from(b).ok().and_then(|e| a.checked_pow(e))
        }
        BinOp::MatMul => return Err(unsupported_matmul()),
    };
    match fast {
        Some(v) => Ok(Value::Int(v)),
        None => int_op_big(op, BigInt::from(a), BigInt::from(b)),
    }
}

/// `binary` never gets here with `@`.
fn unsupported_matmul() -> NumError {
    err(ExcKind::TypeError, "unsupported operand type(s) for @")
}

fn int_op_big(op: BinOp, a: BigInt, b: BigInt) -> Result<Value, NumError> {
    let result = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => {
            if a.bits() + b.bits() > MAX_INT_BITS {
                return Err(err(ExcKind::MemoryError, ""));
            }
            a * b
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(err(ExcKind::ZeroDivisionError, "integer division or modulo by zero"));
            }
            a.div_floor(&b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(err(ExcKind::ZeroDivisionError, "integer modulo by zero"));
            }
            a.mod_floor(&b)
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            if b.is_negative() {
                return Err(err(ExcKind::ValueError, "negative shift count"));
            }
            let shift = b.to_u64().unwrap_or(u64::MAX);
            if a.is_zero() {
                BigInt::zero()
            } else if b.to_i64().is_none() {
                // A count past Py_ssize_t: CPython refuses it before trying to allocate.
                return Err(err(ExcKind::OverflowError, "too many digits in integer"));
            } else if a.bits().saturating_add(shift) > MAX_INT_BITS {
                return Err(err(ExcKind::MemoryError, ""));
            } else {
                a << shift
            }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(err(ExcKind::ValueError, "negative shift count"));
            }
            match b.to_u64() {
                Some(s) if s < a.bits() + 1 => a >> s,
                _ => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::TrueDiv => return true_divide(&a, &b).map(Value::Float),
        BinOp::Pow => {
            if b.is_negative() {
                let fa = int_to_float(Num::Big(&a))?;
                let fb = int_to_float(Num::Big(&b))?;
                return float_pow(fa, fb).map(Value::Float);
            }
            return int_pow(&a, &b);
        }
        BinOp::MatMul => return Err(unsupported_matmul()),
    };
    check_bits(&result)?;
    Ok(Value::from_bigint(result))
}

fn int_pow(a: &BigInt, b: &BigInt) -> Result<Value, NumError> {
    if a.is_zero() || a.is_one() {
        return Ok(Value::from_bigint(if b.is_zero() { BigInt::one() } else { a.clone() }));
    }
    if *a == BigInt::from(-1) {
        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
    }
    let exp = match b.to_u64() {
        Some(e) if (a.bits().saturating_sub(1)).saturating_mul(e) <= MAX_INT_BITS => e,
        _ => return Err(err(ExcKind::MemoryError, "")),
    };
    let result = num_traits::pow(a.clone(), exp as usize);
    Ok(Value::from_bigint(result))
}

/// `int / int`, correctly rounded as CPython's `long_true_divide`.
pub fn true_divide(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(err(ExcKind::ZeroDivisionError, "division by zero"));
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        let q = a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0);
        return Ok(if negative { -q } else { q });
    }
    // Scale so that the integer quotient has at least 55 bits, then round half to even with a
    // sticky bit for the discarded remainder.
    let shift: i64 = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 { (a << shift as u64, b) } else { (a, b << (-shift) as u64) };
    let (q, r) = num.div_rem(&den);
    let q_bits = q.bits() as i64;
    // The result is q * 2**-shift; its binary exponent decides how many bits a double keeps.
    let exponent = q_bits - shift; // value in [2**(exponent-1), 2**exponent)
    let keep = if exponent - 1 < -1022 { 53 - (-1022 - (exponent - 1)) } else { 53 };
    if keep <= 0 {
        let tiny = if keep == 0 && !(q.is_zero() && r.is_zero()) { f64::from_bits(1) } else { 0.0 };
        return Ok(if negative { -tiny } else { tiny });
    }
    let drop = q_bits - keep;
    let mut mantissa = &q >> drop as u64;
    let half = BigInt::one() << (drop - 1) as u64;
    let low = &q - (&mantissa << drop as u64);
    let round_up = match low.cmp(&half) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => !r.is_zero() || mantissa.is_odd(),
    };
    if round_up {
        mantissa += 1;
    }
    let m = mantissa.to_f64().unwrap_or(f64::INFINITY);
    let scaled = ldexp(m, (drop - shift).clamp(-4000, 4000) as i32);
    if scaled.is_infinite() {
        return Err(err(ExcKind::OverflowError, "integer division result too large for a float"));
    }
    Ok(if negative { -scaled } else { scaled })
}

/// `m * 2**e` without intermediate overflow or underflow (the mantissa is exact, so each
/// power-of-two step is exact until the final one).
fn ldexp(mut m: f64, mut e: i32) -> f64 {
    while e > 1000 {
        m *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        m *= 2f64.powi(-1000);
        e += 1000;
    }
    m * 2f64.powi(e)
}

/// The operators floats support.
fn is_float_op(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::TrueDiv
            | BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::Pow
    )
}

fn float_op(op: BinOp, x: Num, y: Num) -> Result<Value, NumError> {
    let a = int_to_float(x)?;
    let b = int_to_float(y)?;
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(err(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(err(ExcKind::ZeroDivisionError, "float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(err(ExcKind::ZeroDivisionError, "float modulo"));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => float_pow(a, b)?,
        _ => {
            return Err(err(
                ExcKind::TypeError,
                format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    op.symbol(),
                    num_type(x),
                    num_type(y)
                ),
            ))
        }
    };
    Ok(Value::Float(r))
}

fn num_type(n: Num) -> &'static str {
    match n {
        Num::Float(_) => "float",
        _ => "int",
    }
}

/// CPython's `float_divmod`: floor division and modulo with the divisor's sign.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `float ** float` with CPython's special cases and errors.
pub fn float_pow(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(if b == 0.0 { 1.0 } else { a });
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(err(ExcKind::ZeroDivisionError, "0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        return Err(complex_result());
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(out_of_range());
    }
    Ok(r)
}

/// Unary minus on a number.
pub fn negate(v: &Value) -> Option<Value> {
    Some(match as_num(v)? {
        Num::Int(i) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-BigInt::from(i)),
        },
        Num::Big(b) => Value::from_bigint(-b.clone()),
        Num::Float(f) => Value::Float(-f),
    })
}

/// `~x` on an int.
pub fn invert(v: &Value) -> Option<Value> {
    Some(match as_num(v)? {
        Num::Int(i) => Value::Int(!i),
        Num::Big(b) => Value::from_bigint(-(b.clone()) - 1),
        Num::Float(_) => return None,
    })
}

/// The integer value of an int-like value (bools included).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match super::builtin_subclass::number_of(v) {
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Whether a number is zero (of any kind).
pub fn is_zero(n: Num) -> bool {
    match n {
        Num::Int(i) => i == 0,
        Num::Big(_) => false,
        Num::Float(f) => f == 0.0,
    }
}

/// The sign of a big int, for formatting helpers.
pub fn is_negative(b: &BigInt) -> bool {
    b.sign() == Sign::Minus
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Value::Int(i)
    }

    fn show(r: Result<Value, NumError>) -> String {
        match r {
            Ok(v) => v.debug_repr(),
            Err(e) => format!("{}: {}", e.kind, e.message),
        }
    }

    #[test]
    fn ints_grow_instead_of_wrapping() {
        let r = binary(BinOp::Mul, &int(i64::MAX), &int(2)).unwrap();
        assert_eq!(show(r), "18446744073709551614");
        let r = binary(BinOp::Pow, &int(2), &int(100)).unwrap();
        assert_eq!(show(r), "1267650600228229401496703205376");
        let r = binary(BinOp::Sub, &int(i64::MIN), &int(1)).unwrap();
        assert_eq!(show(r), "-9223372036854775809");
    }

    #[test]
    fn floor_division_and_modulo_follow_python() {
        assert_eq!(show(binary(BinOp::FloorDiv, &int(-7), &int(2)).unwrap()), "-4");
        assert_eq!(show(binary(BinOp::Mod, &int(-7), &int(2)).unwrap()), "1");
        assert_eq!(show(binary(BinOp::Mod, &int(7), &int(-2)).unwrap()), "-1");
        assert_eq!(show(binary(BinOp::Mod, &Value::Float(-7.5), &int(2)).unwrap()), "0.5");
        assert_eq!(show(binary(BinOp::FloorDiv, &Value::Float(7.5), &int(-2)).unwrap()), "-4.0");
        assert_eq!(
            show(binary(BinOp::FloorDiv, &int(1), &int(0)).unwrap()),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            show(binary(BinOp::TrueDiv, &Value::Float(1.0), &int(0)).unwrap()),
            "ZeroDivisionError: float division by zero"
        );
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        assert_eq!(show(binary(BinOp::TrueDiv, &int(1), &int(3)).unwrap()), "0.3333333333333333");
        assert_eq!(show(binary(BinOp::TrueDiv, &int(7), &int(2)).unwrap()), "3.5");
        let big = Value::from_bigint(BigInt::from(10).pow(30));
        assert_eq!(show(binary(BinOp::TrueDiv, &big, &int(3)).unwrap()), "3.333333333333333e+29");
        // (2**64 + 1) / 2 rounds to 2**63 exactly.
        let v = Value::from_bigint((BigInt::one() << 64u32) + 1);
        assert_eq!(show(binary(BinOp::TrueDiv, &v, &int(2)).unwrap()), "9.223372036854776e+18");
    }

    #[test]
    fn int_float_comparison_is_exact() {
        let big = Value::from_bigint((BigInt::one() << 53u32) + 1);
        let f = Value::Float(9007199254740992.0);
        assert_eq!(compare(&big, &f), Some(Some(Ordering::Greater)));
        assert_eq!(compare(&int(1), &Value::Float(1.0)), Some(Some(Ordering::Equal)));
        assert_eq!(compare(&int(1), &Value::Float(f64::NAN)), Some(None));
        assert_eq!(compare(&Value::str("a"), &int(1)), None);
    }

    #[test]
    fn runaway_powers_stop_with_memory_error() {
        let r = binary(BinOp::Pow, &int(2), &int(1 << 40)).unwrap();
        assert_eq!(show(r), "MemoryError: ");
    }
}
