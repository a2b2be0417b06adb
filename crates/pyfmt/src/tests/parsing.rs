//! `int(str, base)`, `float(str)`, `repr(str)`, `ascii(str)`, `bin/oct/hex`, `float(int)`.

use num_bigint::BigInt;

use super::tables::{
    FLOAT_PARSE_CASES, INT_PARSE_CASES, INT_TO_FLOAT_CASES, RADIX_CASES, STR_REPR_CASES,
};
use super::{check_all, show};
use crate::*;

fn big(text: &str) -> BigInt {
    text.parse().unwrap_or_else(|_| panic!("bad test value {text}"))
}

#[test]
fn int_parse_table_matches_cpython() {
    check_all(
        "int(text, base)",
        INT_PARSE_CASES.iter().map(|&(text, base, expected)| {
            let got = show(parse_int_literal(text, base).map(|n| n.to_string()));
            (format!("int({text:?}, {base})"), got, expected)
        }),
    );
}

#[test]
fn int_parse_digit_limit() {
    let ok = "1".repeat(4300);
    assert_eq!(parse_int_literal(&ok, 10).map(|n| n.to_string()), Ok(ok.clone()));
    let limit = |n: usize| {
        format!(
            "!ValueError: Exceeds the limit (4300 digits) for integer string conversion: value \
             has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        )
    };
    assert_eq!(show(parse_int_literal(&"1".repeat(4301), 10).map(|_| String::new())), limit(4301));
    // The limit is checked before the trailing garbage.
    let junk = "1".repeat(5000) + "x";
    assert_eq!(show(parse_int_literal(&junk, 10).map(|_| String::new())), limit(5000));
    // Power-of-two bases have no limit.
    let hex = "1".repeat(5000);
    let n = parse_int_literal(&hex, 16).unwrap_or_default();
    assert_eq!(int_to_str_radix(&n, Radix::Hex), format!("0x{hex}"));
    // The message quotes at most 200 characters of the repr.
    let long = "x".repeat(300);
    let expected =
        format!("!ValueError: invalid literal for int() with base 10: '{}", "x".repeat(199));
    assert_eq!(show(parse_int_literal(&long, 10).map(|_| String::new())), expected);
}

#[test]
fn int_to_decimal_limit() {
    let n = big(&"9".repeat(4300));
    assert_eq!(int_to_decimal(&n).map(|s| s.len()), Ok(4300));
    assert_eq!(int_to_decimal(&-n.clone()).map(|s| s.len()), Ok(4301));
    let expected =
        "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use \
                    sys.set_int_max_str_digits() to increase the limit";
    assert_eq!(show(int_to_decimal(&(n + 1u8))), expected);
    assert_eq!(show(int_to_decimal(&(BigInt::from(1) << 100_000u32))), expected);
    assert_eq!(show(format_int(&big(&"1".repeat(4301)), ",")), expected);
}

#[test]
fn float_parse_table_matches_cpython() {
    check_all(
        "float(text)",
        FLOAT_PARSE_CASES.iter().map(|&(text, expected)| {
            (format!("float({text:?})"), show(parse_float_literal(text).map(float_repr)), expected)
        }),
    );
}

#[test]
fn str_repr_table_matches_cpython() {
    check_all(
        "repr(str)",
        STR_REPR_CASES.iter().flat_map(|&(text, repr, ascii)| {
            [
                (format!("repr({text:?})"), str_repr(text), repr),
                (format!("ascii({text:?})"), str_ascii(text), ascii),
            ]
        }),
    );
}

#[test]
fn radix_table_matches_cpython() {
    check_all(
        "bin/oct/hex",
        RADIX_CASES.iter().flat_map(|&(value, b, o, x)| {
            let n = big(value);
            [
                (format!("bin({value})"), int_to_str_radix(&n, Radix::Binary), b),
                (format!("oct({value})"), int_to_str_radix(&n, Radix::Octal), o),
                (format!("hex({value})"), int_to_str_radix(&n, Radix::Hex), x),
            ]
        }),
    );
}

#[test]
fn int_to_float_table_matches_cpython() {
    check_all(
        "float(int)",
        INT_TO_FLOAT_CASES.iter().map(|&(value, expected)| {
            (format!("float({value})"), show(int_to_float(&big(value)).map(float_repr)), expected)
        }),
    );
}

#[test]
fn unicode_properties() {
    assert!(is_printable(' ') && is_printable('é') && is_printable('😀'));
    assert!(!is_printable('\u{a0}') && !is_printable('\u{200b}') && !is_printable('\u{378}'));
    assert_eq!(decimal_value('٣'), Some(3));
    assert_eq!(decimal_value('7'), Some(7));
    assert_eq!(decimal_value('a'), None);
    assert_eq!(decimal_value('²'), None);
    assert!(is_space('\u{1c}') && is_space('\u{3000}') && !is_space('\u{200b}'));
}
