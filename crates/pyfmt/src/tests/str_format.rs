//! `str.format` through a test implementation of `FormatFields`, and the raw parser.

use loopscope_exc::ExcKind;
use num_bigint::BigInt;

use super::tables::{ARGS, KWARGS, MARKUP_CASES, STR_FORMAT_CASES};
use super::{check_all, show};
use crate::*;

/// A Python value as the tables describe it.
#[derive(Debug, Clone)]
pub enum W {
    I(i64),
    B(bool),
    F(f64),
    S(&'static str),
    N,
    /// A list: its repr and items.
    Seq(&'static str, &'static [W]),
    /// A dict with str keys: its repr and items.
    Map(&'static str, &'static [(&'static str, W)]),
    /// A str computed during the test (conversions).
    Owned(String),
}

impl W {
    fn type_name(&self) -> &'static str {
        match self {
            W::I(_) => "int",
            W::B(_) => "bool",
            W::F(_) => "float",
            W::S(_) | W::Owned(_) => "str",
            W::N => "NoneType",
            W::Seq(..) => "list",
            W::Map(..) => "dict",
        }
    }

    fn str(&self) -> String {
        match self {
            W::I(n) => n.to_string(),
            W::B(b) => if *b { "True" } else { "False" }.to_owned(),
            W::F(x) => float_repr(*x),
            W::S(s) => (*s).to_owned(),
            W::Owned(s) => s.clone(),
            W::N => "None".to_owned(),
            W::Seq(repr, _) | W::Map(repr, _) => (*repr).to_owned(),
        }
    }

    fn repr(&self) -> String {
        match self {
            W::S(s) => str_repr(s),
            W::Owned(s) => str_repr(s),
            _ => self.str(),
        }
    }
}

struct Fields;

/// The interpreter's own exception type: any class, formatted `!Class: message`.
#[derive(Debug)]
struct PyErr(String);

impl From<FormatError> for PyErr {
    fn from(e: FormatError) -> Self {
        PyErr(format!("!{e}"))
    }
}

fn error(class: ExcKind, message: String) -> PyErr {
    PyErr(format!("!{class}: {message}"))
}

impl FormatFields for Fields {
    type Value = W;
    type Error = PyErr;

    fn positional(&mut self, index: usize) -> Result<W, PyErr> {
        ARGS.get(index).cloned().ok_or_else(|| replacement_index_error(index).into())
    }

    fn keyword(&mut self, name: &str) -> Result<W, PyErr> {
        let found = KWARGS.iter().find(|(k, _)| *k == name);
        found.map(|(_, v)| v.clone()).ok_or_else(|| error(ExcKind::KeyError, str_repr(name)))
    }

    fn attribute(&mut self, value: W, name: &str) -> Result<W, PyErr> {
        match (&value, name) {
            (W::I(_), "real") => Ok(value),
            (W::I(_), "imag") => Ok(W::I(0)),
            _ => Err(error(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '{name}'", value.type_name()),
            )),
        }
    }

    fn item_index(&mut self, value: W, index: usize) -> Result<W, PyErr> {
        match value {
            W::Seq(_, items) => items
                .get(index)
                .cloned()
                .ok_or_else(|| error(ExcKind::IndexError, "list index out of range".into())),
            W::Map(_, _) => Err(error(ExcKind::KeyError, index.to_string())),
            other => Err(error(
                ExcKind::TypeError,
                format!("'{}' object is not subscriptable", other.type_name()),
            )),
        }
    }

    fn item_key(&mut self, value: W, key: &str) -> Result<W, PyErr> {
        match value {
            W::Map(_, entries) => entries
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| error(ExcKind::KeyError, str_repr(key))),
            W::Seq(..) => Err(error(
                ExcKind::TypeError,
                "list indices must be integers or slices, not str".to_owned(),
            )),
            other => Err(error(
                ExcKind::TypeError,
                format!("'{}' object is not subscriptable", other.type_name()),
            )),
        }
    }

    fn convert(&mut self, value: W, conversion: Conversion) -> Result<W, PyErr> {
        Ok(W::Owned(match conversion {
            Conversion::Str => value.str(),
            Conversion::Repr => value.repr(),
            Conversion::Ascii => ascii_escape(&value.repr()),
        }))
    }

    fn format(&mut self, value: W, spec: &str) -> Result<String, PyErr> {
        match value {
            W::I(n) => Ok(format_i64(n, spec)?),
            W::B(b) if !spec.is_empty() => {
                Ok(parse_format_spec(spec, "bool")?.format_int(&BigInt::from(u8::from(b)))?)
            }
            W::F(x) => Ok(format_float(x, spec)?),
            W::S(s) => Ok(format_str(s, spec)?),
            W::Owned(s) => Ok(format_str(&s, spec)?),
            other if spec.is_empty() => Ok(other.str()),
            other => Err(error(
                ExcKind::TypeError,
                format!("unsupported format string passed to {}.__format__", other.type_name()),
            )),
        }
    }
}

/// `template.format(*ARGS, **KWARGS)`, in the tables' notation.
pub fn run(template: &str) -> String {
    str_format(template, &mut Fields).unwrap_or_else(|PyErr(e)| e)
}

#[test]
fn str_format_table_matches_cpython() {
    check_all(
        "template.format(...)",
        STR_FORMAT_CASES.iter().map(|&(template, expected)| {
            (format!("{template:?}.format(...)"), run(template), expected)
        }),
    );
}

/// Pieces in the shape of `_string.formatter_parser`: a literal and the field after it.
fn formatter_parser(template: &str) -> Result<String, FormatError> {
    let mut rows = Vec::new();
    let mut literal: Option<&str> = None;
    let flush_literal = |rows: &mut Vec<String>, literal: &mut Option<&str>| {
        if let Some(text) = literal.take() {
            rows.push(format!("{text}|None|None|None"));
        }
    };
    for piece in format_pieces(template) {
        match piece? {
            FormatPiece::Literal(text) => {
                flush_literal(&mut rows, &mut literal);
                literal = Some(text);
            }
            FormatPiece::Field(field) => {
                let conversion = field.conversion.map_or("None".to_owned(), String::from);
                rows.push(format!(
                    "{}|{}|{}|{conversion}",
                    literal.take().unwrap_or(""),
                    field.field_name,
                    field.format_spec
                ));
            }
        }
    }
    flush_literal(&mut rows, &mut literal);
    Ok(rows.join(" ; "))
}

#[test]
fn markup_table_matches_cpython() {
    check_all(
        "formatter_parser",
        MARKUP_CASES.iter().map(|&(template, expected)| {
            (format!("{template:?}"), show(formatter_parser(template)), expected)
        }),
    );
}

#[test]
fn field_names_split() {
    let name = FieldName::parse("0.attr[key][3]").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(name.first, FieldFirst::Index(0));
    let steps: Vec<_> = name.accessors().collect();
    assert_eq!(
        steps,
        vec![
            Ok(FieldAccessor::Attr("attr")),
            Ok(FieldAccessor::Key("key")),
            Ok(FieldAccessor::Index(3))
        ]
    );
    let name = FieldName::parse("x[1]y").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(name.first, FieldFirst::Name("x"));
    let steps: Vec<_> = name.accessors().collect();
    assert_eq!(steps.len(), 2);
    assert_eq!(
        steps[1],
        Err(FormatError::value("Only '.' or '[' may follow ']' in format field specifier"))
    );
    assert_eq!(FieldName::parse("").map(|n| n.first), Ok(FieldFirst::Auto));
}

#[test]
fn auto_numbering() {
    let mut auto = AutoNumber::new();
    assert_eq!(auto.resolve(FieldFirst::Auto), Ok(FieldKey::Positional(0)));
    assert_eq!(auto.resolve(FieldFirst::Name("x")), Ok(FieldKey::Keyword("x")));
    assert_eq!(auto.resolve(FieldFirst::Auto), Ok(FieldKey::Positional(1)));
    assert!(auto.resolve(FieldFirst::Index(0)).is_err());
    let mut manual = AutoNumber::new();
    assert_eq!(manual.resolve(FieldFirst::Index(2)), Ok(FieldKey::Positional(2)));
    assert_eq!(
        manual.resolve(FieldFirst::Auto),
        Err(FormatError::value(
            "cannot switch from manual field specification to automatic field numbering"
        ))
    );
}
