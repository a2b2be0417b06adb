//! The `math` module, as CPython 3.11's `Modules/mathmodule.c` behaves: libm for the
//! elementary functions (natively the same glibc CPython calls), CPython's own algorithms
//! where it has them (`fsum`, `hypot`/`dist`, `remainder`, logarithms of big ints), exact
//! integer functions on big ints, and its error rules: a NaN out of a non-NaN argument is
//! `ValueError("math domain error")`, an infinity out of a finite one `OverflowError("math
//! range error")` (or a domain error where the function cannot overflow).

use crate::compiler::code::BinOp;
use crate::vm::builtins::arg_i64;
use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::numbers;
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("pow", pow),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("fabs", fabs),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("copysign", copysign),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
    ("degrees", degrees),
    ("radians", radians),
    ("hypot", hypot),
    ("dist", dist),
    ("fsum", fsum),
    ("prod", prod),
    ("gcd", gcd),
    ("lcm", lcm),
    ("factorial", factorial),
    ("comb", comb),
    ("perm", perm),
    ("isqrt", isqrt),
    ("modf", modf),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("fmod", fmod),
    ("remainder", remainder),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("erf", erf),
    ("erfc", erfc),
    ("gamma", gamma),
    ("lgamma", lgamma),
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("math", FUNCTIONS);
    module.set("pi", Value::Float(std::f64::consts::PI));
    module.set("e", Value::Float(std::f64::consts::E));
    module.set("tau", Value::Float(std::f64::consts::TAU));
    module.set("inf", Value::Float(f64::INFINITY));
    module.set("nan", Value::Float(f64::NAN));
    module
}

fn domain_error(vm: &Vm) -> crate::vm::PyErr {
    vm.new_error(ExcKind::ValueError, "math domain error")
}

fn range_error(vm: &Vm) -> crate::vm::PyErr {
    vm.new_error(ExcKind::OverflowError, "math range error")
}

/// `PyFloat_AsDouble`: a float, an int (which must fit), or an object with `__float__`.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    // A float or int subclass instance (IntEnum, `class Meters(float)`) gives its value.
    let v = crate::vm::builtin_subclass::number_of(v);
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = numbers::as_num(v).unwrap_or(numbers::Num::Int(0));
            numbers::int_to_float(n).map_err(|e| vm.num_error(e))
        }
        Value::Instance(inst) if inst.class.lookup("__float__").is_some() => {
            let m = inst.class.lookup("__float__").unwrap_or(Value::None);
            match vm.call1(&m, v.clone())? {
                Value::Float(f) => Ok(f),
                other => Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(v),
                        vm.type_name(&other)
                    ),
                )),
            }
        }
        // `PyFloat_AsDouble` falls back on `__index__`.
        Value::Instance(inst) if inst.class.lookup("__index__").is_some() => {
            let int = vm.index_of_object(v)?.unwrap_or(Value::Int(0));
            to_f64(vm, &int)
        }
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("must be real number, not {}", vm.type_name(other)),
        )),
    }
}

/// An exact int argument (`operator.index`), for the integer functions.
fn to_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let v = &vm.indexed(v)?;
    let v = crate::vm::builtin_subclass::number_of(v);
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Ok(numbers::to_bigint(v).unwrap_or_default())
        }
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)),
        )),
    }
}

/// Refuses keywords as CPython's `math` functions do, naming the module
/// ("math.sqrt() takes no keyword arguments"; only `log` says plain "log()").
fn no_math_keywords(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if args.has_keywords() {
        return crate::vm::call::no_keywords(vm, &format!("math.{name}"), args);
    }
    Ok(())
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    no_math_keywords(vm, name, args)?;
    // METH_O functions: CPython names them with their module in arity errors (formatted
    // only then).
    if args.pos.len() != 1 {
        check_arity(vm, &format!("math.{name}"), args, 1, 1)?;
    }
    to_f64(vm, &args.pos[0])
}

/// CPython's `math_1`: `f(x)` with its error rules.
fn math_1(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one_arg(vm, &args, name)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::Float(r))
}

/// CPython's `math_1a` for the functions that say their own errors (`gamma`, `lgamma`).
fn math_1a(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> Result<f64, super::math_special::SpecialError>,
) -> PyResult<Value> {
    let x = one_arg(vm, &args, name)?;
    match f(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(super::math_special::SpecialError::Domain) => Err(domain_error(vm)),
        Err(super::math_special::SpecialError::Range) => Err(range_error(vm)),
    }
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, args, "gamma", super::math_special::gamma)
}
fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, args, "lgamma", super::math_special::lgamma)
}
fn erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "erf", libm::erf, false)
}
fn erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "erfc", libm::erfc, false)
}
fn sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "sqrt", f64::sqrt, false)
}
fn exp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "exp", f64::exp, true)
}
fn exp2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "exp2", f64::exp2, true)
}
fn expm1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "expm1", f64::exp_m1, true)
}
fn sin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "sin", f64::sin, false)
}
fn cos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "cos", f64::cos, false)
}
fn tan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "tan", f64::tan, false)
}
fn asin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "asin", f64::asin, false)
}
fn acos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "acos", f64::acos, false)
}
fn atan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "atan", f64::atan, false)
}
fn sinh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "sinh", f64::sinh, true)
}
fn cosh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "cosh", f64::cosh, true)
}
fn tanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "tanh", f64::tanh, false)
}
fn asinh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "asinh", super::libm::asinh, false)
}
fn acosh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "acosh", super::libm::acosh, false)
}
fn atanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "atanh", super::libm::atanh, false)
}
fn cbrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "cbrt", super::libm::cbrt, false)
}
fn fabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "fabs", f64::abs, false)
}
fn log1p(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1(vm, args, "log1p", f64::ln_1p, false)
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "degrees")?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "radians")?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn two_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    no_math_keywords(vm, name, args)?;
    check_arity(vm, name, args, 2, 2)?;
    Ok((to_f64(vm, &args.pos[0])?, to_f64(vm, &args.pos[1])?))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_args(vm, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "fmod")?;
    // fmod(x, inf) is x for finite x; C99 says so and CPython checks it first.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

/// CPython's `m_remainder`: the IEEE 754 remainder, halfway cases to the even multiple.
fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "remainder")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "pow")?;
    // C99 Annex F special cases, as CPython's math_pow handles them before calling libm.
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y % 2.0).abs() == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            y.abs()
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            // 0 ** negative is a domain error, anything else an overflow.
            return Err(if x == 0.0 { domain_error(vm) } else { range_error(vm) });
        }
        r
    };
    Ok(Value::Float(r))
}

/// `log` of a float or of an int of any size (CPython's `loghelper`: big ints beyond a
/// float's range through their bit length, so `log(10**400)` works).
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(domain_error(vm));
        }
        // An int a float can hold is converted (correctly rounded) first, as CPython does.
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // x = m * 2**e with 0.5 <= m < 1, so log(x) = log(m) + e * log(2).
        let e = b.bits() as i64;
        let shift = (e - 60).max(0) as usize;
        let top = (&**b >> shift).to_f64().unwrap_or(f64::INFINITY);
        let m = top / 2f64.powi((e - shift as i64) as i32);
        return Ok(f(m) + (e as f64) * f(2.0));
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::no_keywords(vm, "log", &args)?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.new_error(ExcKind::TypeError, "math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args.pos[0], f64::ln)?;
    match args.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(base) => {
            let den = log_of(vm, base, f64::ln)?;
            if den == 0.0 {
                return Err(vm.new_error(ExcKind::ZeroDivisionError, "float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "math.log2", &args, 1, 1)?;
    Ok(Value::Float(log_of(vm, &args.pos[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "math.log10", &args, 1, 1)?;
    Ok(Value::Float(log_of(vm, &args.pos[0], f64::log10)?))
}

/// `floor`/`ceil`/`trunc` of a float as an int, with CPython's errors for inf and NaN.
fn float_to_int(vm: &Vm, x: f64) -> PyResult<Value> {
    loopscope_pyfmt::float_to_int(x).map(Value::from_bigint).map_err(|e| vm.format_error(e))
}

fn rounding(
    vm: &mut Vm,
    args: Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    no_math_keywords(vm, name, &args)?;
    if args.pos.len() != 1 {
        check_arity(vm, &format!("math.{name}"), &args, 1, 1)?;
    }
    // An int or float subclass's instance rounds as its value, unless its class says how.
    let base = vm.base_for(&args.pos[0], dunder);
    let v = base.as_ref().unwrap_or(&args.pos[0]);
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => float_to_int(vm, f(*x)),
        Value::Instance(inst) if inst.class.lookup(dunder).is_some() => {
            let m = inst.class.lookup(dunder).unwrap_or(Value::None);
            vm.call1(&m, v.clone())
        }
        _ if name == "trunc" => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("type {} doesn't define __trunc__ method", vm.type_name(v)),
        )),
        _ => {
            let x = to_f64(vm, v)?;
            float_to_int(vm, f(x))
        }
    }
}

pub(crate) fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}

pub(crate) fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}

pub(crate) fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = one_arg(vm, &args, name)?;
    Ok(Value::Bool(f(x)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isfinite", f64::is_finite)
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isinf", f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnan", f64::is_nan)
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        let missing = if args.pos.is_empty() { "'a' (pos 1)" } else { "'b' (pos 2)" };
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("isclose() missing required argument {missing}"),
        ));
    }
    if args.pos.len() > 2 {
        let message =
            format!("isclose() takes exactly 2 positional arguments ({} given)", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    let a = to_f64(vm, &args.pos[0])?;
    let b = to_f64(vm, &args.pos[1])?;
    let mut rel_tol = 1e-9;
    let mut abs_tol = 0.0;
    for (k, v) in args.keywords() {
        match k {
            "rel_tol" => rel_tol = to_f64(vm, v)?,
            "abs_tol" => abs_tol = to_f64(vm, v)?,
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("'{other}' is an invalid keyword argument for isclose()"),
                ))
            }
        }
    }
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.new_error(ExcKind::ValueError, "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

/// CPython 3.11's `vector_norm`: the Euclidean norm of non-negative finite values (or their
/// max when one is infinite), with the square root corrected to be nearly always correctly
/// rounded.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134_217_729.0; // 2**27 + 1: splits a double into halves
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: make the subnormals normal first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    // 2**-max_e in two exact halves: `powi(-1024)` is 1 / 2**1024, which overflows to 0.
    let scale = 2f64.powi(-max_e / 2) * 2f64.powi(-max_e - (-max_e / 2));
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    for &x in vec.iter() {
        let x = x * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let t = h * T27;
    let hi = t - (t - h);
    let lo = h - hi;
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// The exponent `frexp` gives: x = m * 2**e with 0.5 <= |m| < 1.
fn frexp_exp(x: f64) -> i32 {
    frexp_parts(x).1
}

fn frexp_parts(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp_parts(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_math_keywords(vm, "hypot", &args)?;
    let mut coords = Vec::with_capacity(args.pos.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in args.pos {
        let x = to_f64(vm, v)?.abs();
        coords.push(x);
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    Ok(Value::Float(vector_norm(&mut coords, max, found_nan)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "dist", &args, 2, 2)?;
    let (p, q) = (vm.collect(&args.pos[0])?, vm.collect(&args.pos[1])?);
    if p.len() != q.len() {
        return Err(vm.new_error(
            ExcKind::ValueError,
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(q.iter()) {
        let x = (to_f64(vm, a)? - to_f64(vm, b)?).abs();
        diffs.push(x);
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    Ok(Value::Float(vector_norm(&mut diffs, max, found_nan)))
}

/// `fsum`: Shewchuk's exactly rounded sum with CPython's handling of infinities and NaNs.
fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "math.fsum", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an intermediate overflow or an inf/nan among the summands.
                if xsave.is_finite() {
                    return Err(
                        vm.new_error(ExcKind::OverflowError, "intermediate overflow in fsum")
                    );
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.new_error(ExcKind::ValueError, "-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the rest of the partials push it over.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("prod() takes exactly 1 positional argument ({} given)", args.pos.len()),
        ));
    }
    let mut total = Value::Int(1);
    for (k, v) in args.keywords() {
        match k {
            "start" => total = v.clone(),
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("prod() got an unexpected keyword argument '{other}'"),
                ))
            }
        }
    }
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(item) = vm.next(&it)? {
        total = vm.binary_op(BinOp::Mul, &total, &item, false)?;
    }
    Ok(total)
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_math_keywords(vm, "gcd", &args)?;
    let mut g = BigInt::zero();
    for v in args.pos {
        let n = to_int(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_math_keywords(vm, "lcm", &args)?;
    let mut l = BigInt::one();
    for v in args.pos {
        let n = to_int(vm, v)?;
        if n.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&n);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "math.factorial", &args, 1, 1)?;
    let n = to_int(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(
            vm.new_error(ExcKind::ValueError, "factorial() not defined for negative values")
        );
    }
    let Some(n) = n.to_u64().filter(|n| *n <= 100_000) else {
        return Err(vm.new_error(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    Ok(Value::from_bigint(r))
}

/// The two arguments of comb/perm, checked as CPython checks them.
fn comb_args(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = to_int(vm, n)?;
    let k = to_int(vm, k)?;
    if n.is_negative() {
        return Err(vm.new_error(ExcKind::ValueError, "n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.new_error(ExcKind::ValueError, "k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "comb", &args, 2, 2)?;
    let (n, k) = comb_args(vm, &args.pos[0], &args.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= 1_000_000) else {
        return Err(vm.new_error(
            ExcKind::OverflowError,
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "perm", &args, 1, 2)?;
    let k = args.pos.get(1).cloned().unwrap_or(Value::None);
    if k.is_none() {
        return factorial(vm, Args::positional(&args.pos[..1]));
    }
    let (n, k) = comb_args(vm, &args.pos[0], &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= 1_000_000) else {
        return Err(vm.new_error(ExcKind::OverflowError, "k must not exceed 9223372036854775807"));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "math.isqrt", &args, 1, 1)?;
    let n = to_int(vm, &args.pos[0])?;
    if n.sign() == Sign::Minus {
        return Err(vm.new_error(ExcKind::ValueError, "isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "modf")?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "frexp")?;
    let (m, e) = frexp_parts(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "ldexp", &args, 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let e = match &args.pos[1] {
        Value::BigInt(b) => {
            if b.is_negative() {
                -100_000
            } else {
                100_000
            }
        }
        other => arg_i64(vm, other, "")?.clamp(-100_000, 100_000),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    // Scale in steps so that intermediate powers of two stay finite.
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step as i32);
        left -= step;
        if r == 0.0 || r.is_infinite() {
            break;
        }
    }
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_args(vm, &args, "nextafter")?;
    Ok(Value::Float(next_toward(x, y)))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "ulp")?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    if up.is_infinite() {
        let down = next_toward(x, 0.0);
        return Ok(Value::Float(x - down));
    }
    Ok(Value::Float(up - x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vector_norm_matches_cpython() {
        // math.hypot on CPython 3.11.7.
        assert_eq!(vector_norm(&mut [3.0, 4.0], 4.0, false), 5.0);
        assert_eq!(vector_norm(&mut [1.0, 1.0], 1.0, false), std::f64::consts::SQRT_2);
        assert_eq!(vector_norm(&mut [1.0, 2.0, 3.0], 3.0, false), 3.7416573867739413);
        // Near the largest double the scale is a subnormal power of two.
        assert_eq!(vector_norm(&mut [1e308, 1e308], 1e308, false), 1.4142135623730951e308);
    }
}
