//! `complex` (C in CPython, `Objects/complexobject.c`): a native class whose instances hold
//! the two parts, with CPython's arithmetic (its division and its power, which multiplies
//! for small integer exponents and goes through polar form otherwise, so the last bits
//! agree), its repr, hash, comparisons, formatting, constructor and messages. `cmath` is
//! not provided.

use super::call::check_arity;
use super::native::{native_state, NativeClass, NativeState};
use super::objects::{ClassObj, NativeFn};
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::ExcKind;
use loopscope_pyfmt as pyfmt;
use std::rc::Rc;

const METHODS: &[(&str, NativeFn)] = &[
    ("__repr__", repr),
    ("__hash__", hash),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__bool__", bool_),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__add__", add),
    ("__radd__", add),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__format__", format),
    ("__complex__", dunder_complex),
    ("__getnewargs__", getnewargs),
    ("conjugate", conjugate),
];

const COMPLEX: NativeClass =
    NativeClass { module: "builtins", name: "complex", methods: METHODS, new: Some(new) };

/// A complex number's two parts.
#[derive(Clone, Copy)]
struct C {
    re: f64,
    im: f64,
}

/// The `complex` class, made once per run with its `real`/`imag` getters.
pub(crate) fn complex_class(vm: &mut Vm) -> Rc<ClassObj> {
    if let Some(c) = vm.native_classes.get(&("builtins", "complex")) {
        return c.clone();
    }
    let class = vm.native_class(&COMPLEX);
    for (name, getter) in [("real", real as NativeFn), ("imag", imag)] {
        let f = super::objects::BuiltinObj { name, func: getter, bound: None, owner: "complex" };
        let property = vm.new_getter_property(Value::Builtin(Rc::new(f)));
        class.dict.borrow_mut().insert(name.into(), property);
    }
    class
}

/// A new `complex` (of `class`, a subclass, when given).
pub(crate) fn new_complex(vm: &mut Vm, re: f64, im: f64) -> Value {
    let class = complex_class(vm);
    vm.new_native(class, NativeState::Complex(re, im))
}

/// The parts of a complex number (an instance of `complex` or of a subclass).
pub(crate) fn complex_parts(v: &Value) -> Option<(f64, f64)> {
    match native_state(v) {
        Some(NativeState::Complex(re, im)) => Some((*re, *im)),
        _ => None,
    }
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<C> {
    match args.pos.first().and_then(complex_parts) {
        Some((re, im)) => Ok(C { re, im }),
        None => {
            let other = args.pos.first().map(|v| vm.type_name(v)).unwrap_or_default();
            // A slot wrapper (`complex.__add__`) words it otherwise than a method.
            let m = if name.starts_with("__") {
                format!("descriptor '{name}' requires a 'complex' object but received a '{other}'")
            } else {
                format!(
                    "descriptor '{name}' for 'complex' objects doesn't apply to a '{other}' object"
                )
            };
            Err(vm.new_error(ExcKind::TypeError, &m))
        }
    }
}

/// The other operand as a complex number: a complex, an int (converted to float) or a
/// float; `None` for anything else (the operator answers NotImplemented).
fn operand(vm: &Vm, v: &Value) -> PyResult<Option<C>> {
    if let Some((re, im)) = complex_parts(v) {
        return Ok(Some(C { re, im }));
    }
    let Some(n) = super::numbers::as_num(super::builtin_subclass::number_of(v)) else {
        return Ok(None);
    };
    match super::numbers::int_to_float(n) {
        Ok(re) => Ok(Some(C { re, im: 0.0 })),
        Err(e) => Err(vm.num_error(e)),
    }
}

/// The receiver and the other operand of a binary method, or NotImplemented.
fn operands(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<(C, C)>> {
    check_arity(vm, name, args, 2, 2)?;
    let a = this(vm, args, name)?;
    Ok(operand(vm, &args.pos[1])?.map(|b| (a, b)))
}

fn value(vm: &mut Vm, c: C) -> Value {
    new_complex(vm, c.re, c.im)
}

fn binary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    op: fn(C, C) -> Result<C, &'static str>,
) -> PyResult<Value> {
    let Some((a, b)) = operands(vm, args, name)? else { return Ok(Value::NotImplemented) };
    match op(a, b) {
        Ok(c) => Ok(value(vm, c)),
        Err(message) => Err(vm.new_error(ExcKind::ZeroDivisionError, message)),
    }
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__add__", |a, b| Ok(C { re: a.re + b.re, im: a.im + b.im }))
}

fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__sub__", |a, b| Ok(C { re: a.re - b.re, im: a.im - b.im }))
}

fn rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__rsub__", |a, b| Ok(C { re: b.re - a.re, im: b.im - a.im }))
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__mul__", |a, b| Ok(product(a, b)))
}

fn truediv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__truediv__", |a, b| quotient(a, b).ok_or("complex division by zero"))
}

fn rtruediv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, &args, "__rtruediv__", |a, b| quotient(b, a).ok_or("complex division by zero"))
}

/// `_Py_c_prod`.
fn product(a: C, b: C) -> C {
    C { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re }
}

/// `_Py_c_quot`: Smith's method, dividing through by the larger part of the divisor;
/// `None` for a zero divisor.
fn quotient(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(C { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom })
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(C { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom })
    } else {
        // A part of the divisor is NaN.
        Some(C { re: f64::NAN, im: f64::NAN })
    }
}

/// Why a power failed, as CPython's errno says.
enum PowError {
    /// `EDOM`: zero to a negative or complex power.
    Domain,
    /// `ERANGE`: an infinite part.
    Range,
}

/// `complex_pow`: integer exponents up to 100 by repeated multiplication (`c_powi`), the
/// rest in polar form (`_Py_c_pow`).
fn power(a: C, b: C) -> Result<C, PowError> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n > 0 {
            power_unsigned(a, n as u64)
        } else {
            quotient(C { re: 1.0, im: 0.0 }, power_unsigned(a, n.unsigned_abs()))
                .ok_or(PowError::Domain)?
        }
    } else if b.re == 0.0 && b.im == 0.0 {
        C { re: 1.0, im: 0.0 }
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(PowError::Domain);
        }
        C { re: 0.0, im: 0.0 }
    } else {
        let magnitude = a.re.hypot(a.im);
        let mut length = magnitude.powf(b.re);
        let angle = a.im.atan2(a.re);
        let mut phase = angle * b.re;
        if b.im != 0.0 {
            length /= (angle * b.im).exp();
            phase += b.im * magnitude.ln();
        }
        // `cos`/`sin` of an infinite phase set EDOM in C.
        if phase.is_infinite() {
            return Err(PowError::Domain);
        }
        C { re: length * phase.cos(), im: length * phase.sin() }
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(PowError::Range);
    }
    Ok(r)
}

/// `c_powu`: binary exponentiation, multiplying as CPython does.
fn power_unsigned(x: C, n: u64) -> C {
    let mut r = C { re: 1.0, im: 0.0 };
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = product(r, p);
        }
        mask <<= 1;
        p = product(p, p);
    }
    r
}

fn pow_result(vm: &mut Vm, a: C, b: C) -> PyResult<Value> {
    match power(a, b) {
        Ok(c) => Ok(value(vm, c)),
        Err(PowError::Domain) => {
            Err(vm.new_error(ExcKind::ZeroDivisionError, "0.0 to a negative or complex power"))
        }
        Err(PowError::Range) => Err(vm.new_error(ExcKind::OverflowError, "complex exponentiation")),
    }
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    power_method(vm, &args, "__pow__", false)
}

fn rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    power_method(vm, &args, "__rpow__", true)
}

/// `__pow__(other, mod=None)` and `__rpow__`: a modulus is refused.
fn power_method(vm: &mut Vm, args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    check_arity(vm, name, args, 2, 3)?;
    let receiver = this(vm, args, name)?;
    let Some(other) = operand(vm, &args.pos[1])? else { return Ok(Value::NotImplemented) };
    if args.pos.get(2).is_some_and(|m| !m.is_none()) {
        return Err(vm.new_error(ExcKind::ValueError, "complex modulo"));
    }
    let (base, exponent) = if reflected { (other, receiver) } else { (receiver, other) };
    pow_result(vm, base, exponent)
}

/// `base ** exponent` for a real base and exponent whose result is complex (a negative
/// number to a fractional power): CPython's float power hands the operation to complex.
pub(crate) fn real_power_to_complex(vm: &mut Vm, base: f64, exponent: f64) -> PyResult<Value> {
    pow_result(vm, C { re: base, im: 0.0 }, C { re: exponent, im: 0.0 })
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__neg__", &args, 1, 1)?;
    let c = this(vm, &args, "__neg__")?;
    Ok(value(vm, C { re: -c.re, im: -c.im }))
}

fn pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__pos__", &args, 1, 1)?;
    let c = this(vm, &args, "__pos__")?;
    Ok(value(vm, c))
}

fn conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::check_method(
        vm,
        "complex",
        "conjugate",
        &args,
        super::call::MethodArity::NoArgs,
        &[],
    )?;
    let c = this(vm, &args, "conjugate")?;
    Ok(value(vm, C { re: c.re, im: -c.im }))
}

/// `complex.__complex__`: an exact complex for a subclass's instance.
fn dunder_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__complex__", &args, 1, 1)?;
    let c = this(vm, &args, "__complex__")?;
    Ok(value(vm, c))
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__getnewargs__", &args, 1, 1)?;
    let c = this(vm, &args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(c.re), Value::Float(c.im)]))
}

/// `_Py_c_abs`: an infinite part wins over a NaN one; an overflow is an error.
fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__abs__", &args, 1, 1)?;
    let c = this(vm, &args, "__abs__")?;
    if c.re.is_infinite() || c.im.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if c.re.is_nan() || c.im.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    let r = c.re.hypot(c.im);
    if r.is_infinite() {
        return Err(vm.new_error(ExcKind::OverflowError, "absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__bool__", &args, 1, 1)?;
    let c = this(vm, &args, "__bool__")?;
    Ok(Value::Bool(c.re != 0.0 || c.im != 0.0))
}

fn real(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "real", &args, 1, 1)?;
    Ok(Value::Float(this(vm, &args, "real")?.re))
}

fn imag(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "imag", &args, 1, 1)?;
    Ok(Value::Float(this(vm, &args, "imag")?.im))
}

/// `complex_richcompare` for `==`: with an int the real part is compared exactly (as a float
/// with an int), and only when the imaginary part is zero.
fn equals(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<bool>> {
    check_arity(vm, name, args, 2, 2)?;
    let a = this(vm, args, name)?;
    let other = &args.pos[1];
    if let Some((re, im)) = complex_parts(other) {
        return Ok(Some(a.re == re && a.im == im));
    }
    let number = super::builtin_subclass::number_of(other);
    if super::numbers::as_num(number).is_none() {
        return Ok(None);
    }
    if a.im != 0.0 {
        return Ok(Some(false));
    }
    let number = number.clone();
    Ok(Some(vm.eq(&Value::Float(a.re), &number)?))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(equals(vm, &args, "__eq__")?.map_or(Value::NotImplemented, Value::Bool))
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(equals(vm, &args, "__ne__")?.map_or(Value::NotImplemented, |e| Value::Bool(!e)))
}

/// `complex_hash`: the real part's hash plus 1000003 times the imaginary part's.
fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__hash__", &args, 1, 1)?;
    let c = this(vm, &args, "__hash__")?;
    Ok(Value::Int(super::hashing::complex_hash(c.re, c.im)))
}

/// A part as `repr` writes it: the shortest round-trip digits, without `.0`.
fn part_repr(x: f64, sign: bool) -> String {
    let text = pyfmt::float_repr(x);
    let text = text.strip_suffix(".0").unwrap_or(&text);
    if sign && !text.starts_with('-') {
        format!("+{text}")
    } else {
        text.to_string()
    }
}

/// `1j`, `(1+2j)`, `(-0-1j)`: the real part is left out when it is +0.
pub(crate) fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part_repr(im, false))
    } else {
        format!("({}{}j)", part_repr(re, false), part_repr(im, true))
    }
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__repr__", &args, 1, 1)?;
    let c = this(vm, &args, "__repr__")?;
    Ok(Value::string(complex_repr(c.re, c.im)))
}

/// `format(z, spec)`: each part formatted as a float under the spec's sign, `#`, grouping,
/// precision and type (the imaginary part with a sign), then `j`, then the whole padded.
/// Without a type it reads like `str(z)`, in parentheses unless the real part is +0.
fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::call::check_method(
        vm,
        "complex",
        "__format__",
        &args,
        super::call::MethodArity::One,
        &[],
    )?;
    let c = this(vm, &args, "__format__")?;
    let Value::Str(spec_text) = &args.pos[1] else {
        let m =
            format!("__format__() argument must be str, not {}", vm.arg_type_name(&args.pos[1]));
        return Err(vm.new_error(ExcKind::TypeError, &m));
    };
    let spec_text = spec_text.as_str();
    if spec_text.is_empty() {
        // `str(self)`: a subclass's own `__str__`/`__repr__` shows.
        return Ok(Value::string(vm.str_of(&args.pos[0])?));
    }
    let type_name = vm.type_name(&args.pos[0]);
    let spec = pyfmt::parse_format_spec(spec_text, &type_name).map_err(|e| vm.format_error(e))?;
    let refuse = |vm: &Vm, m: &str| Err(vm.new_error(ExcKind::ValueError, m));
    if spec.zero_pad || spec.fill == Some('0') {
        return refuse(vm, "Zero padding is not allowed in complex format specifier");
    }
    if spec.align == Some(pyfmt::Align::AfterSign) {
        return refuse(vm, "'=' alignment flag is not allowed in complex format specifier");
    }
    let ty = match spec.ty {
        None => None,
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => Some(t),
        Some('n') => {
            if let Some(g) = spec.grouping {
                return refuse(vm, &format!("Cannot specify '{}' with 'n'.", g.char()));
            }
            Some('g')
        }
        // A second grouping character where the type goes (`",,"`).
        Some(t @ (',' | '_')) if spec.grouping.is_some() => {
            let first = spec.grouping.map_or(',', pyfmt::Grouping::char);
            return refuse(vm, &format!("Cannot specify '{first}' with '{t}'."));
        }
        Some(t) => {
            let m = format!("Unknown format code '{t}' for object of type '{type_name}'");
            return refuse(vm, &m);
        }
    };
    let skip_re = ty.is_none() && c.re == 0.0 && c.re.is_sign_positive();
    let parens = ty.is_none() && !skip_re;
    // The spec each part is formatted with: no fill, alignment or width.
    let part_spec = |sign: Option<char>| -> String {
        let mut s = String::new();
        if let Some(sign) = sign {
            s.push(sign);
        }
        if spec.no_neg_zero {
            s.push('z');
        }
        if spec.alternate {
            s.push('#');
        }
        if let Some(g) = spec.grouping {
            s.push(g.char());
        }
        if let Some(p) = spec.precision {
            s.push_str(&format!(".{p}"));
        }
        s.push(ty.unwrap_or('g'));
        s
    };
    let own_sign = spec.sign.map(pyfmt::Sign::char);
    let format_part = |vm: &Vm, x: f64, sign: Option<char>| -> PyResult<String> {
        if ty.is_none() && spec.precision.is_none() {
            // Repr digits, under the spec's `z`, `#` and grouping.
            let x = if spec.no_neg_zero && x == 0.0 { 0.0 } else { x };
            let mut text = part_repr(x, sign == Some('+'));
            if spec.alternate && x.is_finite() && !text.contains('.') {
                let at = text.find('e').unwrap_or(text.len());
                text.insert(at, '.');
            }
            if let Some(g) = spec.grouping {
                text = group_integer_digits(&text, g.char());
            }
            return Ok(match sign {
                Some(' ') if !text.starts_with('-') => format!(" {text}"),
                _ => text,
            });
        }
        pyfmt::format_float(x, &part_spec(sign)).map_err(|e| vm.format_error(e))
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&format_part(vm, c.re, own_sign)?);
    }
    let im_sign = if skip_re { own_sign } else { Some('+') };
    body.push_str(&format_part(vm, c.im, im_sign)?);
    body.push('j');
    if parens {
        body.push(')');
    }
    // Numbers align right unless the spec says otherwise.
    let align = spec.align.unwrap_or(pyfmt::Align::Right);
    let padded =
        pyfmt::pad_str(&body, body.chars().count(), spec.width, align, spec.fill.unwrap_or(' '))
            .map_err(|e| vm.format_error(e))?;
    Ok(Value::string(padded))
}

/// `text` with `sep` between each group of three digits of its integer part.
fn group_integer_digits(text: &str, sep: char) -> String {
    let start = text.find(|c: char| c.is_ascii_digit()).unwrap_or(text.len());
    let end = text[start..].find(|c: char| !c.is_ascii_digit()).map_or(text.len(), |i| start + i);
    let digits = &text[start..end];
    let mut grouped = String::with_capacity(text.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(sep);
        }
        grouped.push(d);
    }
    format!("{}{grouped}{}", &text[..start], &text[end..])
}

/// `complex(real=0, imag=0)`: numbers, objects with `__complex__`/`__float__`/`__index__`,
/// or one string (`'1+2j'`).
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Class(class)) = args.pos.first().cloned() else {
        return Err(vm.new_error(ExcKind::TypeError, "complex.__new__(X): X is not a type object"));
    };
    if !class.mro().any(|c| !c.is_user && &*c.name == "complex" && &*c.module == "builtins") {
        let m = format!("complex.__new__({0}): {0} is not a subtype of complex", class.name);
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    let rest = &args.pos[1..];
    if rest.len() + args.kw_names.len() > 2 {
        let m = format!(
            "complex() takes at most 2 arguments ({} given)",
            rest.len() + args.kw_names.len()
        );
        return Err(vm.new_error(ExcKind::TypeError, &m));
    }
    let mut real = rest.first();
    let mut imag = rest.get(1);
    for (k, v) in args.keywords() {
        let (slot, position) = match k {
            "real" => (&mut real, 1),
            "imag" => (&mut imag, 2),
            other => {
                let m = format!("'{other}' is an invalid keyword argument for complex()");
                return Err(vm.new_error(ExcKind::TypeError, &m));
            }
        };
        if slot.is_some() {
            let m =
                format!("argument for complex() given by name ('{k}') and position ({position})");
            return Err(vm.new_error(ExcKind::TypeError, &m));
        }
        *slot = Some(v);
    }
    let c = construct(vm, real, imag)?;
    Ok(vm.new_native(class, NativeState::Complex(c.re, c.im)))
}

fn construct(vm: &mut Vm, real: Option<&Value>, imag: Option<&Value>) -> PyResult<C> {
    let zero = Value::Int(0);
    let real = real.unwrap_or(&zero);
    if let Some(text) = super::builtin_subclass::str_value(real) {
        if imag.is_some() {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "complex() can't take second arg if first is a string",
            ));
        }
        // Underscores go only between digits (`_Py_string_to_number_with_underscores`).
        let chars: Vec<char> = text.chars().collect();
        let misplaced = chars.iter().enumerate().any(|(i, &c)| {
            c == '_'
                && !(i > 0
                    && chars[i - 1].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        });
        if misplaced {
            let m = format!("could not convert string to complex: {}", pyfmt::str_repr(text));
            return Err(vm.new_error(ExcKind::ValueError, &m));
        }
        return parse(text).ok_or_else(|| {
            vm.new_error(ExcKind::ValueError, "complex() arg is a malformed string")
        });
    }
    if imag.is_some_and(|i| super::builtin_subclass::str_value(i).is_some()) {
        return Err(vm.new_error(ExcKind::TypeError, "complex() second arg can't be a string"));
    }
    let (r, r_is_complex) = part(vm, real, Argument::Real)?;
    let Some(imag) = imag else { return Ok(r) };
    let (i, i_is_complex) = part(vm, imag, Argument::Imag)?;
    // real + imag * 1j, as CPython combines the parts (a complex part's other half only
    // where there is one, so signed zeros survive).
    let re = if i_is_complex { r.re - i.im } else { r.re };
    let im = if r_is_complex { i.re + r.im } else { i.re };
    Ok(C { re, im })
}

/// Which argument of `complex()` a value was given as.
#[derive(Clone, Copy, PartialEq)]
enum Argument {
    Real,
    Imag,
}

/// One argument of the constructor as a complex number, and whether it was one: a complex
/// (or `__complex__`), a float (or `__float__`), an int (or `__index__`).
fn part(vm: &mut Vm, v: &Value, which: Argument) -> PyResult<(C, bool)> {
    let exact = matches!(v, Value::Instance(inst) if !inst.class.is_user);
    // A complex is taken as it is where CPython does: an exact one, or any as the second
    // argument (which never goes through `__complex__`).
    if let Some((re, im)) = complex_parts(v).filter(|_| exact || which == Argument::Imag) {
        return Ok((C { re, im }, true));
    }
    if let (Value::Instance(inst), Argument::Real) = (v, which) {
        if let Some(method) = inst.class.lookup("__complex__") {
            let bound = vm.descriptor_get(method, Some(v), &inst.class)?;
            let r = vm.call(&bound, Args::positional(&[]))?;
            return match complex_parts(&r) {
                Some((re, im)) => Ok((C { re, im }, true)),
                None => {
                    let m = format!("__complex__ returned non-complex (type {})", vm.type_name(&r));
                    Err(vm.new_error(ExcKind::TypeError, &m))
                }
            };
        }
    }
    if let Some(n) = super::numbers::as_num(super::builtin_subclass::number_of(v)) {
        let re = super::numbers::int_to_float(n).map_err(|e| vm.num_error(e))?;
        return Ok((C { re, im: 0.0 }, false));
    }
    if let Value::Instance(inst) = v {
        if inst.class.lookup("__float__").is_some() || inst.class.lookup("__index__").is_some() {
            let re = crate::stdlib::math_module::to_f64(vm, v)?;
            return Ok((C { re, im: 0.0 }, false));
        }
    }
    let m = match which {
        Argument::Real => format!(
            "complex() first argument must be a string or a number, not '{}'",
            vm.type_name(v)
        ),
        Argument::Imag => {
            format!("complex() second argument must be a number, not '{}'", vm.type_name(v))
        }
    };
    Err(vm.new_error(ExcKind::TypeError, &m))
}

/// CPython's `complex_from_string_inner`: optional spaces and parentheses around
/// `<real>`, `<imag>j`, `<real>(+|-)<imag>j`, where an imaginary part may be a bare sign.
fn parse(text: &str) -> Option<C> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let s = match s.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim_matches(|c: char| c.is_whitespace()),
        None => s,
    };
    if s.is_empty() || s.contains(char::is_whitespace) {
        return None;
    }
    let number = |t: &str| -> Option<f64> {
        if t.is_empty() || t.contains('j') || t.contains('J') {
            return None;
        }
        pyfmt::parse_float_literal(t).ok()
    };
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return Some(C { re: number(s)?, im: 0.0 });
    };
    // Where the imaginary part starts: the last sign not right after an exponent mark.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag_of = |t: &str| -> Option<f64> {
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => number(t),
        }
    };
    match split {
        Some(i) => Some(C { re: number(&body[..i])?, im: imag_of(&body[i..])? }),
        None => Some(C { re: 0.0, im: imag_of(body)? }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_follow_cpython() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(1.5, f64::NAN), "(1.5+nanj)");
        assert_eq!(complex_repr(1e16, 0.0), "(1e+16+0j)");
    }

    #[test]
    fn strings_parse_as_cpython_reads_them() {
        let p = |t: &str| parse(t).map(|c| (c.re, c.im));
        assert_eq!(p("1+2j"), Some((1.0, 2.0)));
        assert_eq!(p(" ( -j ) "), Some((0.0, -1.0)));
        assert_eq!(p("1e3-1e-3j"), Some((1000.0, -0.001)));
        assert_eq!(p("2"), Some((2.0, 0.0)));
        assert_eq!(p("1 + 2j"), None);
        assert_eq!(p("j1"), None);
    }

    #[test]
    fn powers_multiply_for_small_integers() {
        let i = C { re: 0.0, im: 1.0 };
        let r = power(i, C { re: 2.0, im: 0.0 }).ok().unwrap();
        assert_eq!((r.re, r.im), (-1.0, 0.0));
        assert!(matches!(
            power(C { re: 0.0, im: 0.0 }, C { re: -1.0, im: 0.0 }),
            Err(PowError::Domain)
        ));
    }
}
