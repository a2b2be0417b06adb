//! `from __future__ import annotations` (PEP 563): annotations are not evaluated but kept as
//! strings, the text CPython's compiler makes by unparsing the expression
//! (`_PyAST_ExprAsUnicode`): `list[int]`, `'str'`, `int | None`, `Callable[[int], str]`.
//! The forms annotations use are unparsed here; any other stops the run as unsupported.

use super::error::CompileError;
use loopscope_pyfmt as pyfmt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// Whether the module starts with `from __future__ import annotations` (future statements
/// may only follow the docstring and other future statements).
pub fn enabled(body: &[Stmt]) -> bool {
    let mut statements = body.iter().peekable();
    if let Some(Stmt::Expr(e)) = statements.peek() {
        if matches!(e.value.as_ref(), Expr::StringLiteral(_)) {
            statements.next();
        }
    }
    for stmt in statements {
        let Stmt::ImportFrom(i) = stmt else { return false };
        if i.module.as_ref().map(|m| m.as_str()) != Some("__future__") {
            return false;
        }
        if i.names.iter().any(|n| n.name.as_str() == "annotations") {
            return true;
        }
    }
    false
}

/// The string an annotation becomes.
pub fn unparse(expr: &Expr, source: &str) -> Result<String, CompileError> {
    let mut out = String::new();
    write(expr, source, Precedence::Test, &mut out)?;
    Ok(out)
}

/// Binding strength, weakest first (a subset of CPython's unparser levels).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Precedence {
    Test,
    BitOr,
    Factor,
    Atom,
}

fn write(
    expr: &Expr,
    source: &str,
    context: Precedence,
    out: &mut String,
) -> Result<(), CompileError> {
    match expr {
        Expr::Name(n) => out.push_str(n.id.as_str()),
        Expr::Attribute(a) => {
            write(&a.value, source, Precedence::Atom, out)?;
            out.push('.');
            out.push_str(a.attr.as_str());
        }
        Expr::Subscript(s) => {
            write(&s.value, source, Precedence::Atom, out)?;
            out.push('[');
            match s.slice.as_ref() {
                // `dict[str, int]`: the index tuple without parentheses.
                Expr::Tuple(t) if !t.elts.is_empty() => write_items(&t.elts, source, out)?,
                other => write(other, source, Precedence::Test, out)?,
            }
            out.push(']');
        }
        Expr::Tuple(t) => {
            out.push('(');
            write_items(&t.elts, source, out)?;
            if t.elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Expr::List(l) => {
            out.push('[');
            write_items(&l.elts, source, out)?;
            out.push(']');
        }
        Expr::BinOp(b) if b.op == ast::Operator::BitOr => {
            let parens = context > Precedence::BitOr;
            if parens {
                out.push('(');
            }
            write(&b.left, source, Precedence::BitOr, out)?;
            out.push_str(" | ");
            write(&b.right, source, Precedence::Factor, out)?;
            if parens {
                out.push(')');
            }
        }
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
            out.push('-');
            write(&u.operand, source, Precedence::Factor, out)?;
        }
        Expr::Call(c) => {
            write(&c.func, source, Precedence::Atom, out)?;
            out.push('(');
            let mut first = true;
            for arg in c.arguments.args.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(arg, source, Precedence::Test, out)?;
            }
            for kw in c.arguments.keywords.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &kw.arg {
                    Some(name) => {
                        out.push_str(name.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(&kw.value, source, Precedence::Test, out)?;
            }
            out.push(')');
        }
        Expr::StringLiteral(s) => out.push_str(&pyfmt::str_repr(s.value.to_str())),
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Float(f) => out.push_str(&pyfmt::float_repr(*f)),
            // An int as written, without the digit separators CPython's repr drops.
            ast::Number::Int(_) => {
                let text = &source[n.range().start().to_usize()..n.range().end().to_usize()];
                if text.chars().all(|c| c.is_ascii_digit() || c == '_') {
                    out.push_str(&text.replace('_', ""));
                } else {
                    return Err(unsupported(expr));
                }
            }
            // `ast.unparse` writes the constant's repr: `2j`, `1.5j`.
            ast::Number::Complex { imag, .. } => {
                out.push_str(&crate::vm::complex_type::complex_repr(0.0, *imag))
            }
        },
        _ => return Err(unsupported(expr)),
    }
    Ok(())
}

fn write_items(items: &[Expr], source: &str, out: &mut String) -> Result<(), CompileError> {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(item, source, Precedence::Test, out)?;
    }
    Ok(())
}

fn unsupported(expr: &Expr) -> CompileError {
    CompileError::unsupported(
        "this annotation's form under `from __future__ import annotations`",
        expr.range().start(),
    )
}
