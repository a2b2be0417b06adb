//! printf-style `template % args`, a port of CPython's `PyUnicode_Format`.
//!
//! The parser keeps CPython's cursor arithmetic (`fmtpos`/`fmtcnt`) because the odd cases
//! (a template ending in `%`, `*` or `.`; which error wins) fall out of it, and it fetches
//! arguments at the same moments so errors appear in the same order.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::error::{reserve, FormatError};
use super::float_str::{double_to_string, FloatFlags, FloatStyle};
use super::format_int::code_point_to_char;
use super::int_text::int_to_decimal;
use super::percent_args::{IntConversion, PercentArgs};
use super::str_repr::ascii_escape;

/// `-`: pad on the right.
const F_LJUST: u8 = 1;
/// `+`: always a sign.
const F_SIGN: u8 = 2;
/// ` `: a space for non-negative numbers.
const F_BLANK: u8 = 4;
/// `#`: alternate form.
const F_ALT: u8 = 8;
/// `0`: zero padding (numbers only).
const F_ZERO: u8 = 16;

/// One `%` conversion being parsed (`unicode_format_arg_t`).
struct Arg {
    ch: char,
    flags: u8,
    /// -1 when not given, as in CPython.
    width: i64,
    prec: i64,
    /// Whether the converted text is a number whose sign `%` manages.
    sign: bool,
}

/// Where the next argument comes from (`ctx->args`, `arglen`, `argidx`).
struct Cursor<V> {
    /// The value looked up by the last `%(key)`; it replaces the operand as the source.
    keyed: Option<V>,
    arglen: i64,
    argidx: i64,
}

/// `template % args`, e.g. `'%-6s|%+.2f|%#x' % ('ab', 3.14159, 255)` is `'ab    |+3.14|0xff'`.
///
/// `args` is the right operand as the interpreter sees it; values are fetched and converted
/// only when a conversion needs them, in CPython's order.
pub fn percent_format<A: PercentArgs + ?Sized>(
    template: &str,
    args: &mut A,
) -> Result<String, A::Error> {
    let fmt: Vec<char> = template.chars().collect();
    let is_dict = args.is_mapping();
    let mut cursor = match args.tuple_len() {
        Some(len) => Cursor { keyed: None, arglen: len as i64, argidx: 0 },
        None => Cursor { keyed: None, arglen: -1, argidx: -2 },
    };
    let mut out = String::new();
    reserve(&mut out, template.len() + 100)?;
    let mut pos = 0;
    while pos < fmt.len() {
        if fmt[pos] != '%' {
            let start = pos;
            while pos < fmt.len() && fmt[pos] != '%' {
                pos += 1;
            }
            out.extend(&fmt[start..pos]);
            continue;
        }
        pos += 1;
        format_one(&fmt, &mut pos, args, &mut cursor, is_dict, &mut out)?;
    }
    if cursor.argidx < cursor.arglen && !is_dict {
        return Err(not_all_converted(args.bytes_mode()).into());
    }
    Ok(out)
}

fn not_all_converted(bytes: bool) -> FormatError {
    let what = if bytes { "bytes" } else { "string" };
    FormatError::type_error(format!("not all arguments converted during {what} formatting"))
}

/// `unicode_format_getnextarg`.
fn next_arg<A: PercentArgs + ?Sized>(
    args: &mut A,
    cursor: &mut Cursor<A::Value>,
) -> Result<A::Value, A::Error> {
    let idx = cursor.argidx;
    if idx < cursor.arglen {
        cursor.argidx += 1;
        if cursor.arglen < 0 {
            // A single (or looked-up) value is handed out once: argidx goes -2 to -1.
            return match cursor.keyed.take() {
                Some(value) => Ok(value),
                None => args.item(0),
            };
        }
        return args.item(idx as usize);
    }
    Err(FormatError::type_error("not enough arguments for format string").into())
}

/// `unicode_format_arg`: one conversion, `pos` just after its `%`.
fn format_one<A: PercentArgs + ?Sized>(
    fmt: &[char],
    pos: &mut usize,
    args: &mut A,
    cursor: &mut Cursor<A::Value>,
    is_dict: bool,
    out: &mut String,
) -> Result<(), A::Error> {
    // C strings end with a NUL, which CPython's parser may read.
    let read = |i: usize| fmt.get(i).copied().unwrap_or('\0');
    let n = fmt.len() as i64;
    let mut ch = read(*pos);
    if ch == '%' {
        *pos += 1;
        out.push('%');
        return Ok(());
    }
    let mut arg = Arg { ch, flags: 0, width: -1, prec: -1, sign: false };
    // fmtcnt: characters left from `pos` on; it goes negative when the template runs out.
    let mut cnt = n - *pos as i64;

    if ch == '(' {
        if !is_dict {
            return Err(FormatError::type_error("format requires a mapping").into());
        }
        *pos += 1;
        cnt -= 1;
        let key_start = *pos;
        let mut depth = 1;
        while depth > 0 && {
            cnt -= 1;
            cnt >= 0
        } {
            match read(*pos) {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        if cnt < 0 || depth > 0 {
            return Err(FormatError::value("incomplete format key").into());
        }
        let key: String = fmt[key_start..*pos - 1].iter().collect();
        let value = args.lookup(&key)?;
        cursor.keyed = Some(value);
        cursor.arglen = -1;
        cursor.argidx = -2;
    }

    // Flags.
    while {
        cnt -= 1;
        cnt >= 0
    } {
        ch = read(*pos);
        *pos += 1;
        arg.flags |= match ch {
            '-' => F_LJUST,
            '+' => F_SIGN,
            ' ' => F_BLANK,
            '#' => F_ALT,
            '0' => F_ZERO,
            _ => break,
        };
    }

    // Width.
    if ch == '*' {
        let value = next_arg(args, cursor)?;
        let width = star_int(args, &value)?;
        arg.width = width
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C ssize_t"))?;
        if arg.width < 0 {
            arg.flags |= F_LJUST;
            arg.width = arg.width.saturating_neg();
        }
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            *pos += 1;
        }
    } else if let Some(d) = ch.to_digit(10) {
        arg.width = i64::from(d);
        while {
            cnt -= 1;
            cnt >= 0
        } {
            ch = read(*pos);
            *pos += 1;
            let Some(d) = ch.to_digit(10) else { break };
            arg.width = arg
                .width
                .checked_mul(10)
                .and_then(|w| w.checked_add(i64::from(d)))
                .ok_or_else(|| FormatError::value("width too big"))?;
        }
    }

    // Precision.
    if ch == '.' {
        arg.prec = 0;
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            *pos += 1;
        }
        if ch == '*' {
            let value = next_arg(args, cursor)?;
            let prec = star_int(args, &value)?;
            let prec = prec
                .to_i32()
                .ok_or_else(|| FormatError::overflow("Python int too large to convert to C int"))?;
            arg.prec = i64::from(prec.max(0));
            cnt -= 1;
            if cnt >= 0 {
                ch = read(*pos);
                *pos += 1;
            }
        } else if let Some(d) = ch.to_digit(10) {
            arg.prec = i64::from(d);
            while {
                cnt -= 1;
                cnt >= 0
            } {
                ch = read(*pos);
                *pos += 1;
                let Some(d) = ch.to_digit(10) else { break };
                arg.prec = arg
                    .prec
                    .checked_mul(10)
                    .and_then(|p| p.checked_add(i64::from(d)))
                    .filter(|&p| p <= i64::from(i32::MAX))
                    .ok_or_else(|| FormatError::value("precision too big"))?;
            }
        }
    }

    // C length modifiers are accepted and ignored: "%ld", "%hi", "%Lf".
    if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        cnt -= 1;
        if cnt >= 0 {
            ch = read(*pos);
            *pos += 1;
        }
    }
    if cnt < 0 {
        return Err(FormatError::value("incomplete format").into());
    }
    arg.ch = ch;

    let value = next_arg(args, cursor)?;
    let text = convert(args, &value, &mut arg, *pos)?;
    output(out, &mut arg, &text)?;

    if is_dict && cursor.argidx < cursor.arglen {
        return Err(not_all_converted(args.bytes_mode()).into());
    }
    Ok(())
}

/// A `*` width or precision must be an actual int.
fn star_int<A: PercentArgs + ?Sized>(args: &mut A, value: &A::Value) -> Result<BigInt, A::Error> {
    args.to_int(value, IntConversion::Exact)?
        .ok_or_else(|| FormatError::type_error("* wants int").into())
}

/// `unicode_format_arg_format`: the text of one conversion before padding.
fn convert<A: PercentArgs + ?Sized>(
    args: &mut A,
    value: &A::Value,
    arg: &mut Arg,
    pos: usize,
) -> Result<String, A::Error> {
    match arg.ch {
        's' => args.to_str(value),
        // bytes formatting: `%b` is `%s`, `%r` is `%a`.
        'b' if args.bytes_mode() => args.to_str(value),
        'r' if args.bytes_mode() => Ok(ascii_escape(&args.to_repr(value)?)),
        'r' => args.to_repr(value),
        'a' => Ok(ascii_escape(&args.to_repr(value)?)),
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            let n = int_argument(args, value, arg.ch)?;
            arg.sign = true;
            Ok(format_long(&n, arg.flags & F_ALT != 0, arg.prec, arg.ch)?)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = args.to_float(value)?;
            arg.sign = true;
            Ok(format_float(x, arg)?)
        }
        'c' => Ok(format_char(args, value)?.to_string()),
        c => {
            let code = c as u32;
            let shown = if (31..=126).contains(&code) { c } else { '?' };
            Err(FormatError::value(format!(
                "unsupported format character '{shown}' (0x{code:x}) at index {}",
                pos - 1
            ))
            .into())
        }
    }
}

/// `mainformatlong`'s conversion of the argument to an int.
fn int_argument<A: PercentArgs + ?Sized>(
    args: &mut A,
    value: &A::Value,
    ty: char,
) -> Result<BigInt, A::Error> {
    let how = if matches!(ty, 'o' | 'x' | 'X') { IntConversion::Index } else { IntConversion::Int };
    if let Some(n) = args.to_int(value, how)? {
        return Ok(n);
    }
    let wanted = if how == IntConversion::Index { "an integer" } else { "a real number" };
    Err(FormatError::type_error(format!(
        "%{ty} format: {wanted} is required, not {}",
        args.type_name(value)
    ))
    .into())
}

/// `_PyUnicode_FormatLong`: sign, optional `0x`/`0o` prefix, digits zero-filled to `prec`.
fn format_long(n: &BigInt, alt: bool, prec: i64, ty: char) -> Result<String, FormatError> {
    let (base, prefix) = match ty {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = if base == 10 {
        int_to_decimal(&n.abs())?
    } else {
        let mut digits = n.magnitude().to_str_radix(base);
        if ty == 'X' {
            digits.make_ascii_uppercase();
        }
        digits
    };
    let zeros = (prec.max(0) as usize).saturating_sub(digits.len());
    let mut out = String::new();
    reserve(&mut out, digits.len() + zeros + 3)?;
    if n.is_negative() {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(&digits);
    Ok(out)
}

/// `formatfloat`: the six float conversions, no padding yet.
fn format_float(x: f64, arg: &Arg) -> Result<String, FormatError> {
    let prec = if arg.prec < 0 { 6 } else { arg.prec as usize };
    if prec > 1 << 16 {
        reserve(&mut String::new(), prec)?;
    }
    let style = match arg.ch {
        'e' | 'E' => FloatStyle::Exponent,
        'f' | 'F' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let flags = FloatFlags {
        upper: arg.ch.is_ascii_uppercase(),
        alt: arg.flags & F_ALT != 0,
        ..FloatFlags::default()
    };
    Ok(double_to_string(x, style, prec, flags))
}

/// `formatchar`: a one-character str, or an int code point.
fn format_char<A: PercentArgs + ?Sized>(args: &mut A, value: &A::Value) -> Result<char, A::Error> {
    let message = if args.bytes_mode() {
        "%c requires an integer in range(256) or a single byte"
    } else {
        "%c requires int or char"
    };
    let wrong_type = || FormatError::type_error(message);
    if let Some(text) = args.as_str(value) {
        let mut chars = text.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(wrong_type().into()),
        };
    }
    let n = args.to_int(value, IntConversion::Index)?.ok_or_else(wrong_type)?;
    // Out of range, including too big for a C long, is one message here.
    let code = n.to_i64().unwrap_or(-1);
    Ok(code_point_to_char(code)?)
}

/// `unicode_format_arg_output`: sign, `0x` prefix, zero or space padding.
fn output(out: &mut String, arg: &mut Arg, text: &str) -> Result<(), FormatError> {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    let fill = if arg.sign && arg.flags & F_ZERO != 0 { '0' } else { ' ' };
    if matches!(arg.ch, 's' | 'r' | 'a' | 'b') && arg.prec >= 0 && len > arg.prec {
        len = arg.prec;
    }
    let mut start = 0usize;
    let mut sign_char = None;
    if arg.sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                start = 1;
            }
            _ if arg.flags & F_SIGN != 0 => sign_char = Some('+'),
            _ if arg.flags & F_BLANK != 0 => sign_char = Some(' '),
            _ => arg.sign = false,
        }
    }
    let mut width = arg.width.max(len);
    reserve(out, (width as usize + 1).saturating_mul(4))?;
    // The `0x`/`0o` prefix goes before zero padding but after space padding.
    let alt_prefix = arg.flags & F_ALT != 0 && matches!(arg.ch, 'x' | 'X' | 'o');
    if arg.sign {
        if fill != ' ' {
            out.extend(sign_char);
        }
        if width > len {
            width -= 1;
        }
    }
    if alt_prefix {
        if fill != ' ' {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && arg.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if arg.sign {
            out.extend(sign_char);
        }
        if alt_prefix {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
    }
    let len = len.max(0) as usize;
    out.extend(&chars[start..start + len]);
    if width > len as i64 {
        out.extend(std::iter::repeat_n(' ', (width - len as i64) as usize));
    }
    Ok(())
}
