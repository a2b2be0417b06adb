//! `repr(float)`, `round()`, `int(float)`.

use super::tables::{REPR_CASES, ROUND_CASES, TO_INT_CASES};
use super::{check_all, show};
use crate::*;

#[test]
fn repr_table_matches_cpython() {
    check_all(
        "repr(float)",
        REPR_CASES.iter().map(|&(bits, expected)| {
            let x = f64::from_bits(bits);
            (format!("repr({x:e})"), float_repr(x), expected)
        }),
    );
}

#[test]
fn repr_examples() {
    for (x, text) in [
        (1.0, "1.0"),
        (0.1, "0.1"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e-5, "1e-05"),
        (1e16, "1e+16"),
        (1.5e300, "1.5e+300"),
        (123456789012345.6, "123456789012345.6"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-0.0, "-0.0"),
    ] {
        assert_eq!(float_repr(x), text);
    }
}

#[test]
fn round_table_matches_cpython() {
    check_all(
        "round(x, n)",
        ROUND_CASES.iter().map(|&(bits, n, expected)| {
            let x = f64::from_bits(bits);
            (format!("round({x:e}, {n})"), show(round_float(x, n).map(float_repr)), expected)
        }),
    );
}

#[test]
fn round_and_int_table_matches_cpython() {
    check_all(
        "round(x) / int(x)",
        TO_INT_CASES.iter().flat_map(|&(bits, rounded, truncated)| {
            let x = f64::from_bits(bits);
            let r = show(float_to_int(round_half_even(x)).map(|n| n.to_string()));
            let t = show(float_to_int(x).map(|n| n.to_string()));
            [(format!("round({x:e})"), r, rounded), (format!("int({x:e})"), t, truncated)]
        }),
    );
}

#[test]
fn round_half_even_keeps_negative_zero() {
    assert!(round_half_even(-0.5).is_sign_negative());
    assert_eq!(round_half_even(2.5), 2.0);
    assert_eq!(round_half_even(3.5), 4.0);
}
