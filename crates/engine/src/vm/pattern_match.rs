//! Matching a `case` pattern (CPython's MATCH_SEQUENCE/MATCH_MAPPING/MATCH_KEYS/MATCH_CLASS
//! and the compiler's pattern code, done natively in one step): which subjects count as
//! sequences and mappings, `__match_args__`, and CPython's errors.

use super::objects::{BuiltinType, ClassObj};
use super::value::Value;
use super::{Args, PyErr, PyResult, Vm};
use crate::compiler::code::{CmpOp, MatchPattern, Singleton};
use crate::ExcKind;
use std::rc::Rc;

/// The number of capture slots a pattern fills.
fn capture_count(p: &MatchPattern) -> usize {
    let slot = |c: &Option<u32>| c.map_or(0, |s| s as usize + 1);
    match p {
        MatchPattern::As { pattern, capture } => {
            slot(capture).max(pattern.as_deref().map_or(0, capture_count))
        }
        MatchPattern::Value(_) | MatchPattern::Singleton(_) => 0,
        MatchPattern::Sequence { items, star } => items
            .iter()
            .map(capture_count)
            .max()
            .unwrap_or(0)
            .max(star.as_ref().map_or(0, |(_, c)| slot(c))),
        MatchPattern::Mapping { values, rest, .. } => {
            values.iter().map(capture_count).max().unwrap_or(0).max(slot(rest))
        }
        MatchPattern::Class { positional, keywords, .. } => positional
            .iter()
            .chain(keywords.iter().map(|(_, p)| p))
            .map(capture_count)
            .max()
            .unwrap_or(0),
        MatchPattern::Or(alternatives) => alternatives.iter().map(capture_count).max().unwrap_or(0),
    }
}

/// Built-in types whose class pattern with one positional sub-pattern matches the subject
/// itself (CPython's `_Py_TPFLAGS_MATCH_SELF`, inherited by subclasses).
fn matches_self(class: &ClassObj) -> bool {
    matches!(
        class.builtin,
        BuiltinType::Bool
            | BuiltinType::ByteArray
            | BuiltinType::Bytes
            | BuiltinType::Dict
            | BuiltinType::Float
            | BuiltinType::FrozenSet
            | BuiltinType::Int
            | BuiltinType::List
            | BuiltinType::Set
            | BuiltinType::Str
            | BuiltinType::Tuple
    )
}

/// Whether a class derives from the `collections.abc` class `name`.
fn has_abc(class: &Rc<ClassObj>, name: &str) -> bool {
    class.mro().any(|c| &*c.name == name && &*c.module == "collections.abc")
}

/// Library classes that CPython derives from `collections.abc.Mapping` or makes with
/// `Py_TPFLAGS_MAPPING`, which are written without that base here (importing
/// `collections.abc` costs `collections` its import time).
const LIBRARY_MAPPINGS: [(&str, &str); 4] = [
    ("collections", "ChainMap"),
    ("collections", "UserDict"),
    ("builtins", "mappingproxy"),
    ("os", "_Environ"),
];
/// The same for `collections.abc.Sequence`.
const LIBRARY_SEQUENCES: [(&str, &str); 2] =
    [("collections", "UserList"), ("collections", "UserString")];

fn derives_from_library(class: &Rc<ClassObj>, classes: &[(&str, &str)]) -> bool {
    // (A program's classes are never in these modules.)
    class.mro().any(|c| classes.contains(&(&*c.module, &*c.name)))
}

impl Vm {
    /// `MATCH_CASE`: the captures of `pattern` as a tuple, or None when it does not match.
    pub(crate) fn match_case(
        &mut self,
        pattern: &MatchPattern,
        subject: &Value,
        operands: &[Value],
    ) -> PyResult<Value> {
        let mut captures = vec![None; capture_count(pattern)];
        if !self.match_pattern(pattern, subject, operands, &mut captures)? {
            return Ok(Value::None);
        }
        Ok(Value::tuple(captures.into_iter().map(|c| c.unwrap_or(Value::None)).collect()))
    }

    fn match_pattern(
        &mut self,
        pattern: &MatchPattern,
        subject: &Value,
        operands: &[Value],
        captures: &mut Vec<Option<Value>>,
    ) -> PyResult<bool> {
        let operand = |i: &u32| operands.get(*i as usize).cloned().unwrap_or(Value::None);
        match pattern {
            MatchPattern::As { pattern, capture } => {
                if let Some(p) = pattern {
                    if !self.match_pattern(p, subject, operands, captures)? {
                        return Ok(false);
                    }
                }
                if let Some(slot) = capture {
                    captures[*slot as usize] = Some(subject.clone());
                }
                Ok(true)
            }
            MatchPattern::Value(i) => {
                let equal = self.compare(CmpOp::Eq, subject, &operand(i))?;
                self.truthy(&equal)
            }
            MatchPattern::Singleton(s) => Ok(matches!(
                (s, subject),
                (Singleton::None, Value::None)
                    | (Singleton::True, Value::Bool(true))
                    | (Singleton::False, Value::Bool(false))
            )),
            MatchPattern::Sequence { items, star } => {
                self.match_sequence(items, star, subject, operands, captures)
            }
            MatchPattern::Mapping { keys, values, rest } => {
                let keys: Vec<Value> = keys.iter().map(operand).collect();
                self.match_mapping(&keys, values, rest, subject, operands, captures)
            }
            MatchPattern::Class { class, positional, keywords } => {
                self.match_class(&operand(class), positional, keywords, subject, operands, captures)
            }
            MatchPattern::Or(alternatives) => {
                for p in alternatives {
                    let saved = captures.clone();
                    if self.match_pattern(p, subject, operands, captures)? {
                        return Ok(true);
                    }
                    *captures = saved;
                }
                Ok(false)
            }
        }
    }

    /// A sequence for pattern matching: list, tuple, range, memoryview, deque, their
    /// subclasses, and subclasses of `collections.abc.Sequence` (never str, bytes or
    /// bytearray).
    fn is_match_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) | Value::MemoryView(_) => true,
            Value::Instance(_) => {
                let class = self.class_of(v);
                matches!(class.builtin, BuiltinType::List | BuiltinType::Tuple)
                    || class.mro().any(|c| !c.is_user && &*c.name == "deque")
                    || has_abc(&class, "Sequence")
                    || derives_from_library(&class, &LIBRARY_SEQUENCES)
            }
            _ => false,
        }
    }

    fn match_sequence(
        &mut self,
        items: &[MatchPattern],
        star: &Option<(usize, Option<u32>)>,
        subject: &Value,
        operands: &[Value],
        captures: &mut Vec<Option<Value>>,
    ) -> PyResult<bool> {
        if !self.is_match_sequence(subject) {
            return Ok(false);
        }
        let len = self.len_of(subject)?;
        match star {
            None if len != items.len() => return Ok(false),
            Some(_) if len < items.len() => return Ok(false),
            _ => {}
        }
        let values = self.collect(subject)?;
        let (before, star_capture) = match star {
            Some((at, capture)) => (*at, *capture),
            None => (items.len(), None),
        };
        let after = items.len() - before;
        for (p, v) in items[..before].iter().zip(&values[..before]) {
            if !self.match_pattern(p, v, operands, captures)? {
                return Ok(false);
            }
        }
        let tail = values.len() - after;
        for (p, v) in items[before..].iter().zip(&values[tail..]) {
            if !self.match_pattern(p, v, operands, captures)? {
                return Ok(false);
            }
        }
        if let Some(slot) = star_capture {
            captures[slot as usize] = Some(Value::list(values[before..tail].to_vec()));
        }
        Ok(true)
    }

    /// A mapping for pattern matching: dict, its subclasses, and subclasses of
    /// `collections.abc.Mapping`.
    fn is_match_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(_) => {
                let class = self.class_of(v);
                class.builtin == BuiltinType::Dict
                    || has_abc(&class, "Mapping")
                    || derives_from_library(&class, &LIBRARY_MAPPINGS)
            }
            _ => false,
        }
    }

    fn match_mapping(
        &mut self,
        keys: &[Value],
        values: &[MatchPattern],
        rest: &Option<u32>,
        subject: &Value,
        operands: &[Value],
        captures: &mut Vec<Option<Value>>,
    ) -> PyResult<bool> {
        if !self.is_match_mapping(subject) {
            return Ok(false);
        }
        if self.len_of(subject)? < keys.len() {
            return Ok(false);
        }
        // CPython looks each key up with `subject.get(key, <dummy>)` (no __missing__).
        let get = self.get_attr(subject, "get")?;
        let missing = Value::list(Vec::new());
        let mut seen: Vec<Value> = Vec::new();
        let mut found = Vec::with_capacity(keys.len());
        for key in keys {
            for s in &seen {
                let same = self.compare(CmpOp::Eq, s, key)?;
                if self.truthy(&same)? {
                    let text = self.repr(key)?;
                    let msg = format!("mapping pattern checks duplicate key ({text})");
                    return Err(self.new_error(ExcKind::ValueError, &msg));
                }
            }
            seen.push(key.clone());
            let v = self.call(&get, Args::positional(&[key.clone(), missing.clone()]))?;
            if v.is(&missing) {
                return Ok(false);
            }
            found.push(v);
        }
        for (p, v) in values.iter().zip(&found) {
            if !self.match_pattern(p, v, operands, captures)? {
                return Ok(false);
            }
        }
        if let Some(slot) = rest {
            let dict = self.builtins.get("dict").unwrap_or(Value::None);
            let copy = self.call1(&dict, subject.clone())?;
            for key in keys {
                self.del_item(&copy, key)?;
            }
            captures[*slot as usize] = Some(copy);
        }
        Ok(true)
    }

    fn match_class(
        &mut self,
        class: &Value,
        positional: &[MatchPattern],
        keywords: &[(Rc<str>, MatchPattern)],
        subject: &Value,
        operands: &[Value],
        captures: &mut Vec<Option<Value>>,
    ) -> PyResult<bool> {
        let Value::Class(cls) = class else {
            return Err(self.new_error(ExcKind::TypeError, "called match pattern must be a type"));
        };
        if !self.is_instance(subject, class)? {
            return Ok(false);
        }
        let mut attrs: Vec<Value> = Vec::new();
        let mut seen: Vec<Rc<str>> = Vec::new();
        if !positional.is_empty() {
            let match_args = match self.get_attr(class, "__match_args__") {
                Ok(v) => Some(v),
                Err(PyErr::Exception(e)) if self.exception_is(&e, ExcKind::AttributeError) => None,
                Err(e) => return Err(e),
            };
            let (names, match_self) = match match_args {
                Some(Value::Tuple(t)) => (t.items.to_vec(), false),
                Some(other) => {
                    let msg = format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        super::native::c_type_name(cls),
                        self.type_name(&other)
                    );
                    return Err(self.new_error(ExcKind::TypeError, &msg));
                }
                None => (Vec::new(), matches_self(cls)),
            };
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < positional.len() {
                let plural = if allowed == 1 { "" } else { "s" };
                let msg = format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({} given)",
                    super::native::c_type_name(cls),
                    positional.len()
                );
                return Err(self.new_error(ExcKind::TypeError, &msg));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &names[..positional.len()] {
                    let Some(name) = name.as_str() else {
                        let msg = format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        );
                        return Err(self.new_error(ExcKind::TypeError, &msg));
                    };
                    match self.match_class_attr(cls, subject, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(false),
                    }
                }
            }
        }
        for (name, _) in keywords {
            match self.match_class_attr(cls, subject, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(false),
            }
        }
        let patterns = positional.iter().chain(keywords.iter().map(|(_, p)| p));
        for (p, v) in patterns.zip(&attrs) {
            if !self.match_pattern(p, v, operands, captures)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The attribute a class sub-pattern matches, None when the subject lacks it.
    fn match_class_attr(
        &mut self,
        cls: &ClassObj,
        subject: &Value,
        name: &str,
        seen: &mut Vec<Rc<str>>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| &**s == name) {
            let msg = format!("{}() got multiple sub-patterns for attribute '{name}'", cls.name);
            return Err(self.new_error(ExcKind::TypeError, &msg));
        }
        seen.push(name.into());
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(PyErr::Exception(e)) if self.exception_is(&e, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
