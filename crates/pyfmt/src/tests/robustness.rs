//! Nothing panics, whatever the input: pseudo-random specs, templates and literals.

use num_bigint::BigInt;

use super::percent::{Operand, V};
use super::show;
use crate::*;

/// A small deterministic generator (xorshift64*), so failures are reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A short string over characters that mean something to one of the parsers.
    fn text(&mut self, max_len: usize) -> String {
        const ALPHABET: &[char] = &[
            '{',
            '}',
            '[',
            ']',
            '!',
            ':',
            '.',
            '%',
            '(',
            ')',
            '*',
            '#',
            '0',
            '-',
            '+',
            ' ',
            '1',
            '2',
            '9',
            '<',
            '>',
            '=',
            '^',
            '_',
            ',',
            'z',
            's',
            'd',
            'x',
            'X',
            'b',
            'c',
            'o',
            'e',
            'E',
            'f',
            'F',
            'g',
            'G',
            'n',
            'r',
            'a',
            'i',
            'l',
            'j',
            'I',
            'N',
            '€',
            '\0',
            '٣',
            '\u{a0}',
            '\n',
            'é',
            '\u{10ffff}',
            'y',
        ];
        let len = self.below(max_len + 1);
        (0..len).map(|_| ALPHABET[self.below(ALPHABET.len())]).collect()
    }
}

/// Widths of more than six digits would make the formatters allocate gigabytes (as CPython
/// would); the fuzzing is about parsing, so keep them small.
fn small_numbers(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        run = if decimal_value(c).is_some() { run + 1 } else { 0 };
        if run > 6 {
            return false;
        }
    }
    true
}

const FLOATS: &[f64] =
    &[0.0, -0.0, 1.5, -2.675, 1e300, -1e-300, 5e-324, f64::INFINITY, f64::NAN, 123456.789];

#[test]
fn mini_language_never_panics() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let ints =
        [BigInt::from(0), BigInt::from(-42), BigInt::from(0x10ffff), BigInt::from(1) << 200u32];
    for _ in 0..20_000 {
        let spec = rng.text(10);
        if !small_numbers(&spec) {
            continue;
        }
        let _ = format_int(&ints[rng.below(ints.len())], &spec);
        let _ = format_i64(rng.next() as i64, &spec);
        let _ = format_float(FLOATS[rng.below(FLOATS.len())], &spec);
        let _ = format_str("héllo", &spec);
    }
}

#[test]
fn percent_never_panics() {
    const VALUES: &[V] = &[V::I(65), V::F(-2.5), V::S("é"), V::N, V::B(true), V::L("[1]")];
    const TUPLE: &[V] = &[V::I(3), V::F(1e300), V::S("ab"), V::I(-7), V::S("x")];
    let mut rng = Rng(12345);
    for _ in 0..20_000 {
        let template = rng.text(12);
        if !small_numbers(&template) {
            continue;
        }
        let operand = match rng.below(3) {
            0 => Operand::T(&TUPLE[..rng.below(TUPLE.len() + 1)]),
            1 => Operand::D(&[("a", V::I(1)), ("", V::S("e"))]),
            _ => Operand::One(VALUES[rng.below(VALUES.len())]),
        };
        let _ = super::percent::run(&template, operand);
    }
}

#[test]
fn str_format_and_parsers_never_panic() {
    let mut rng = Rng(777);
    for _ in 0..20_000 {
        let text = rng.text(14);
        if small_numbers(&text) {
            let _ = super::str_format::run(&text);
        }
        let _ = parse_format_string(&text);
        let _ = parse_int_literal(&text, [0, 2, 10, 16, 36, 1, -3][rng.below(7)]);
        let _ = parse_float_literal(&text);
        let _ = str_repr(&text);
        let _ = str_ascii(&text);
        if let Ok(name) = FieldName::parse(&text) {
            let _ = name.accessors().count();
        }
    }
}

#[test]
fn rounding_never_panics() {
    let mut rng = Rng(4242);
    for _ in 0..5_000 {
        let x = f64::from_bits(rng.next());
        let n = rng.below(700) as i64 - 350;
        let _ = round_float(x, n);
        let _ = float_to_int(round_half_even(x));
        let _ = float_repr(x);
        for spec in [".0f", ".3e", ".17g", "", ".5", ".1%", ",.2f"] {
            let _ = format_float(x, spec);
        }
    }
    for n in [i64::MIN, i64::MAX, 323, 324, -308, -309] {
        let _ = round_float(1.5, n);
    }
}

#[test]
fn huge_widths_are_memory_errors() {
    let wide = "1".to_owned() + &"0".repeat(17);
    assert_eq!(show(format_int(&BigInt::from(5), &wide)), "!MemoryError");
    assert_eq!(show(format_float(5.0, &wide)), "!MemoryError");
    assert_eq!(show(format_str("a", &wide)), "!MemoryError");
    assert_eq!(show(format_str("a", "9223372036854775807")), "!MemoryError");
    assert_eq!(show(format_str("a", ".9223372036854775807")), "a");
    assert_eq!(show(format_float(1.0, ".9223372036854775807")), "!ValueError: precision too big");
    assert_eq!(super::percent::run("%9223372036854775807d", Operand::One(V::I(1))), "!MemoryError");
}

#[test]
fn precisions_past_rusts_limit_pad_with_zeros() {
    // Rust's own float formatting stops at a precision of 65,535; CPython's does not.
    let fixed = show(format_float(1.5, ".65536f"));
    assert_eq!(fixed.len(), 65_538);
    assert!(fixed.starts_with("1.5000") && fixed.ends_with('0'));
    assert_eq!(show(format_float(1.5, ".70000g")), "1.5");
    let exponent = show(format_float(2.0, ".70000e"));
    assert_eq!(exponent.len(), 70_006);
    assert!(exponent.starts_with("2.000") && exponent.ends_with("e+00"));
    // The smallest double's exact expansion ends at the 1,074th digit after the point.
    let tiny = show(format_float(5e-324, ".1100f"));
    assert_eq!(tiny.len(), 1_102);
    assert_eq!(&tiny[1_070..1_085], "265625000000000");
    assert!(show(format_float(5e-324, ".1080e")).ends_with("000000000000000e-324"));
}
