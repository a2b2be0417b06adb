//! The compile-time `SyntaxWarning`s of CPython 3.11 (`Python/compile.c`): code that is
//! valid but almost certainly a mistake, such as `x is 1` or a missing comma that turns
//! `[(1, 2) (3, 4)]` into a call. They are queued with the run's other warnings and printed
//! to stderr, once per line, before the program's first output reaches stderr.

use super::Compiler;
use crate::vm::value::Value;
use crate::vm::warnings::{queue, Pending};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// The type a literal expression certainly has (`infer_type`), if it is one.
fn literal_type(c: &Compiler, e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        Expr::Slice(_) => "slice",
        Expr::NumberLiteral(n) if matches!(n.value, ast::Number::Complex { .. }) => "complex",
        _ => return c.const_value(e).map(|v| constant_type(&v)),
    })
}

fn constant_type(v: &Value) -> &'static str {
    match v {
        Value::None => "NoneType",
        Value::Ellipsis => "ellipsis",
        Value::Bool(_) => "bool",
        Value::Int(_) | Value::BigInt(_) => "int",
        Value::Float(_) => "float",
        Value::Str(_) => "str",
        Value::Tuple(_) => "tuple",
        _ => "object",
    }
}

impl<'a> Compiler<'a> {
    fn syntax_warning(&self, at: &Expr, message: String) {
        let line = self.line_of(at.range().start());
        queue(Pending::SyntaxWarning { line, message });
    }

    /// `check_compare`: `is`/`is not` with a literal other than None, True, False, `...`;
    /// `negated` for the operand of `not`, which CPython has turned into the opposite test.
    pub(crate) fn check_compare(&self, c: &ast::ExprCompare, negated: bool) {
        let not_singleton = |e: &Expr| match self.const_value(e) {
            Some(Value::None | Value::Bool(_) | Value::Ellipsis) => false,
            Some(_) => true,
            // An imaginary literal is a constant too (made when the code runs, here).
            None => {
                matches!(e, Expr::NumberLiteral(n) if matches!(n.value, ast::Number::Complex { .. }))
            }
        };
        let mut left = not_singleton(&c.left);
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            let right_literal = not_singleton(right);
            let message = match (op, negated) {
                (ast::CmpOp::Is, false) | (ast::CmpOp::IsNot, true) => {
                    "\"is\" with a literal. Did you mean \"==\"?"
                }
                (ast::CmpOp::IsNot, false) | (ast::CmpOp::Is, true) => {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                }
                _ => "",
            };
            if !message.is_empty() && (left || right_literal) {
                self.syntax_warning(&c.left, message.to_string());
                return;
            }
            left = right_literal;
        }
    }

    /// `check_caller`: calling a literal, as in `[(1, 2) (3, 4)]`.
    pub(crate) fn check_caller(&self, call: &ast::ExprCall) {
        let func = call.func.as_ref();
        let callable_kind = match func {
            Expr::Lambda(_) | Expr::Slice(_) => None,
            other => literal_type(self, other),
        };
        if let Some(kind) = callable_kind {
            let message = format!("'{kind}' object is not callable; perhaps you missed a comma?");
            self.syntax_warning(func, message);
        }
    }

    /// `check_subscripter` and `check_index`: subscripting what cannot be, or a sequence
    /// literal with a non-integer literal.
    pub(crate) fn check_subscript(&self, s: &ast::ExprSubscript) {
        let value = s.value.as_ref();
        let unsubscriptable = match value {
            Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_) => true,
            Expr::NumberLiteral(n) if matches!(n.value, ast::Number::Complex { .. }) => true,
            other => matches!(
                self.const_value(other),
                Some(
                    Value::None
                        | Value::Ellipsis
                        | Value::Int(_)
                        | Value::BigInt(_)
                        | Value::Float(_)
                        | Value::Bool(_)
                )
            ),
        };
        if unsubscriptable {
            if let Some(kind) = literal_type(self, value) {
                let message =
                    format!("'{kind}' object is not subscriptable; perhaps you missed a comma?");
                self.syntax_warning(value, message);
                return;
            }
        }
        let Some(index_type) = literal_type(self, &s.slice) else { return };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match value {
            Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_) => true,
            other => matches!(self.const_value(other), Some(Value::Str(_) | Value::Tuple(_))),
        };
        if sequence {
            if let Some(kind) = literal_type(self, value) {
                let message = format!(
                    "{kind} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
                );
                self.syntax_warning(value, message);
            }
        }
    }

    /// `assert (test, "message")`: a non-empty tuple is always true.
    pub(crate) fn check_assert(&self, a: &ast::StmtAssert) {
        if let Expr::Tuple(t) = a.test.as_ref() {
            if !t.elts.is_empty() && self.const_value(&a.test).is_none() {
                let message = "assertion is always true, perhaps remove parentheses?".to_string();
                self.syntax_warning(&a.test, message);
            }
        }
    }
}
