//! `template % args` through a test implementation of `PercentArgs`.

use num_bigint::BigInt;

use super::tables::PERCENT_CASES;
use super::{check_all, show};
use crate::*;

/// A Python value as the tables describe it.
#[derive(Debug, Clone, Copy)]
pub enum V {
    I(i64),
    Big(&'static str),
    B(bool),
    F(f64),
    S(&'static str),
    N,
    /// A list, given by its repr.
    L(&'static str),
}

/// The right operand of `%`.
#[derive(Debug, Clone, Copy)]
pub enum Operand {
    T(&'static [V]),
    D(&'static [(&'static str, V)]),
    One(V),
}

impl V {
    fn int(self) -> Option<BigInt> {
        match self {
            V::I(n) => Some(n.into()),
            V::Big(text) => text.parse().ok(),
            V::B(b) => Some(u8::from(b).into()),
            _ => None,
        }
    }

    fn str(self) -> Result<String, FormatError> {
        Ok(match self {
            V::I(_) | V::Big(_) => int_to_decimal(&self.int().unwrap_or_default())?,
            V::B(b) => if b { "True" } else { "False" }.to_owned(),
            V::F(x) => float_repr(x),
            V::S(s) | V::L(s) => s.to_owned(),
            V::N => "None".to_owned(),
        })
    }

    fn repr(self) -> Result<String, FormatError> {
        match self {
            V::S(s) => Ok(str_repr(s)),
            _ => self.str(),
        }
    }

    fn type_name(self) -> &'static str {
        match self {
            V::I(_) | V::Big(_) => "int",
            V::B(_) => "bool",
            V::F(_) => "float",
            V::S(_) => "str",
            V::N => "NoneType",
            V::L(_) => "list",
        }
    }
}

struct Args(Operand);

impl PercentArgs for Args {
    type Value = V;
    type Error = FormatError;

    fn tuple_len(&self) -> Option<usize> {
        match self.0 {
            Operand::T(items) => Some(items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        matches!(self.0, Operand::D(_) | Operand::One(V::L(_)))
    }

    fn item(&mut self, index: usize) -> Result<V, FormatError> {
        match self.0 {
            Operand::T(items) => Ok(items.get(index).copied().unwrap_or(V::N)),
            // The tables only use `%s` on an empty dict.
            Operand::D(entries) => Ok(V::L(if entries.is_empty() { "{}" } else { "{...}" })),
            Operand::One(v) => Ok(v),
        }
    }

    fn lookup(&mut self, key: &str) -> Result<V, FormatError> {
        let Operand::D(entries) = self.0 else {
            return Err(FormatError::type_error(
                "list indices must be integers or slices, not str",
            ));
        };
        entries
            .iter()
            .find(|(k, _)| *k == key)
            .map(|&(_, v)| v)
            .ok_or_else(|| FormatError::new(loopscope_exc::ExcKind::KeyError, str_repr(key)))
    }

    fn type_name(&self, value: &V) -> String {
        value.type_name().to_owned()
    }

    fn to_str(&mut self, value: &V) -> Result<String, FormatError> {
        value.str()
    }

    fn to_repr(&mut self, value: &V) -> Result<String, FormatError> {
        value.repr()
    }

    fn as_str(&self, value: &V) -> Option<String> {
        match value {
            V::S(s) => Some((*s).to_owned()),
            _ => None,
        }
    }

    fn to_int(&mut self, value: &V, how: IntConversion) -> Result<Option<BigInt>, FormatError> {
        match (value, how) {
            (V::F(x), IntConversion::Int) => float_to_int(*x).map(Some),
            _ => Ok(value.int()),
        }
    }

    fn to_float(&mut self, value: &V) -> Result<f64, FormatError> {
        match value {
            V::F(x) => Ok(*x),
            _ => match value.int() {
                Some(n) => int_to_float(&n),
                None => Err(FormatError::type_error(format!(
                    "must be real number, not {}",
                    value.type_name()
                ))),
            },
        }
    }
}

/// `template % operand`, in the tables' notation.
pub fn run(template: &str, operand: Operand) -> String {
    show(percent_format(template, &mut Args(operand)))
}

#[test]
fn percent_table_matches_cpython() {
    check_all(
        "template % args",
        PERCENT_CASES.iter().map(|&(template, operand, expected)| {
            (format!("{template:?} % {operand:?}"), run(template, operand), expected)
        }),
    );
}
