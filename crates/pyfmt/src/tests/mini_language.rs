//! `format(value, spec)` for ints, floats and strs.

use num_bigint::BigInt;

use super::tables::{PRECISION_CASES, SPEC_CASES};
use super::{check_all, show};
use crate::*;

fn format_case(kind: char, value: &str, spec: &str) -> String {
    match kind {
        'i' => show(
            value
                .parse::<BigInt>()
                .map_err(|_| FormatError::value("bad test"))
                .and_then(|n| format_int(&n, spec)),
        ),
        'f' => show(format_float(value.parse().unwrap_or(f64::NAN), spec)),
        _ => show(format_str(value, spec)),
    }
}

#[test]
fn spec_table_matches_cpython() {
    check_all(
        "format(value, spec)",
        SPEC_CASES.iter().map(|&(kind, value, spec, expected)| {
            (format!("format({kind}:{value}, {spec:?})"), format_case(kind, value, spec), expected)
        }),
    );
}

#[test]
fn precision_table_matches_cpython() {
    check_all(
        "format(float, '.Nt')",
        PRECISION_CASES.iter().map(|&(bits, spec, expected)| {
            let x = f64::from_bits(bits);
            (format!("format({x:e}, {spec:?})"), show(format_float(x, spec)), expected)
        }),
    );
}

#[test]
fn i64_fast_path_agrees() {
    for &(kind, value, spec, expected) in SPEC_CASES {
        if let (true, Ok(n)) = (kind == 'i', value.parse::<i64>()) {
            assert_eq!(show(format_i64(n, spec)), expected, "format({n}, {spec:?})");
        }
    }
}

#[test]
fn spec_parse_fields() {
    let spec = parse_format_spec("*^+z#012_.3e", "float").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(spec.fill, Some('*'));
    assert_eq!(spec.align, Some(Align::Center));
    assert_eq!(spec.sign, Some(Sign::Plus));
    assert!(spec.no_neg_zero && spec.alternate);
    // With an explicit fill the 0 is part of the width, not zero padding.
    assert!(!spec.zero_pad);
    assert_eq!(spec.width, Some(12));
    assert_eq!(spec.grouping, Some(Grouping::Underscore));
    assert_eq!(spec.precision, Some(3));
    assert_eq!(spec.ty, Some('e'));
}

#[test]
fn bool_uses_its_own_type_name() {
    let one = BigInt::from(1);
    let err = parse_format_spec("y", "bool").and_then(|s| s.format_int(&one));
    assert_eq!(show(err), "!ValueError: Unknown format code 'y' for object of type 'bool'");
    assert_eq!(show(parse_format_spec("5", "bool").and_then(|s| s.format_int(&one))), "    1");
}

#[test]
fn char_type_surrogate_is_replaced() {
    assert_eq!(show(format_int(&BigInt::from(0xd800), "c")), "\u{fffd}");
}
