//! Constant folding, where CPython's AST optimizer changes what a program can see.
//!
//! A set display of more than two constants (`{3, 11, 19}`), and a set display of constants
//! iterated by `for` or a comprehension (`for x in {3, 11}`), compile to a frozenset
//! constant. CPython builds that frozenset twice (once when folding, once more from the
//! first one's iteration order when it merges the code object's constants; a third time when
//! it interns a name-like string in it), so the set's
//! iteration order differs from adding the items one by one: `{3, 11, 19}` prints
//! `{19, 3, 11}` while `{a, 11, 19}` with `a = 3` prints `{11, 19, 3}`. Constants are what
//! the optimizer folds: literals, signs, arithmetic within its size limits, and tuples.

use super::expr::bin_op;
use super::{CompileError, Compiler};
use crate::compiler::code::{BinOp, Instr};
use crate::vm::hashing::HashedKey;
use crate::vm::numbers;
use crate::vm::objects::SetObj;
use crate::vm::settable::SetTable;
use crate::vm::value::Value;
use num_traits::ToPrimitive;
use ruff_python_ast::{self as ast, Expr};
use std::rc::Rc;

/// CPython's folding limits (`Python/ast_opt.c`): ints of at most 128 bits from `*`, `**`
/// and `<<`, strings of at most 4096 characters and tuples of at most 256 items from `*`.
const MAX_INT_BITS: u64 = 128;
const MAX_STR_SIZE: usize = 4096;
const MAX_COLLECTION_SIZE: usize = 256;

/// The number of bits of an int constant (`_PyLong_NumBits`).
fn int_bits(v: &Value) -> Option<u64> {
    numbers::to_bigint(v).map(|b| b.bits())
}

/// Whether folding `a <op> b` stays within CPython's limits.
fn within_limits(op: BinOp, a: &Value, b: &Value) -> bool {
    let (abits, bbits) = (int_bits(a), int_bits(b));
    match op {
        BinOp::Mul => match (a, b) {
            (Value::Str(s), n) | (n, Value::Str(s)) if int_bits(n).is_some() => {
                let count = numbers::to_bigint(n).and_then(|n| n.to_i64()).unwrap_or(i64::MAX);
                count <= 0 || (s.char_len() as i64).saturating_mul(count) <= MAX_STR_SIZE as i64
            }
            (Value::Bytes(s), n) | (n, Value::Bytes(s)) if int_bits(n).is_some() => {
                let count = numbers::to_bigint(n).and_then(|n| n.to_i64()).unwrap_or(i64::MAX);
                count <= 0 || (s.data.len() as i64).saturating_mul(count) <= MAX_STR_SIZE as i64
            }
            (Value::Tuple(t), n) | (n, Value::Tuple(t)) if int_bits(n).is_some() => {
                let count = numbers::to_bigint(n).and_then(|n| n.to_i64()).unwrap_or(i64::MAX);
                count <= 0
                    || (t.items.len() as i64).saturating_mul(count) <= MAX_COLLECTION_SIZE as i64
            }
            _ => match (abits, bbits) {
                (Some(x), Some(y)) => x + y <= MAX_INT_BITS,
                _ => true,
            },
        },
        BinOp::Pow => match (abits, b) {
            (Some(x), exp) if x > 0 => match numbers::to_bigint(exp).and_then(|e| e.to_u64()) {
                Some(0) | None => true,
                Some(e) => x <= MAX_INT_BITS / e,
            },
            _ => true,
        },
        BinOp::LShift => match (abits, numbers::to_bigint(b).and_then(|e| e.to_u64())) {
            (Some(x), Some(w)) => w <= MAX_INT_BITS && x <= MAX_INT_BITS - w,
            (Some(_), None) => false,
            _ => true,
        },
        // `"%s" % x` is never folded.
        BinOp::Mod => !matches!(a, Value::Str(_)),
        _ => true,
    }
}

impl<'a> Compiler<'a> {
    /// The value of `e` if CPython's optimizer would fold it to a constant.
    pub(crate) fn const_value(&self, e: &Expr) -> Option<Value> {
        match e {
            Expr::NumberLiteral(n) => self.number_value(n).ok().flatten(),
            Expr::StringLiteral(s) => Some(Value::str(s.value.to_str())),
            Expr::BytesLiteral(b) => Some(Value::bytes(b.value.bytes().collect())),
            Expr::BooleanLiteral(b) => Some(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => Some(Value::None),
            Expr::EllipsisLiteral(_) => Some(Value::Ellipsis),
            Expr::Tuple(t) => {
                let items: Option<Vec<Value>> =
                    t.elts.iter().map(|x| self.const_value(x)).collect();
                items.map(Value::tuple)
            }
            Expr::UnaryOp(u) => {
                let v = self.const_value(&u.operand)?;
                match u.op {
                    ast::UnaryOp::USub => numbers::negate(&v),
                    ast::UnaryOp::UAdd => match v {
                        Value::Bool(b) => Some(Value::Int(b as i64)),
                        Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Some(v),
                        _ => None,
                    },
                    ast::UnaryOp::Invert => numbers::invert(&v),
                    ast::UnaryOp::Not => None,
                }
            }
            Expr::BinOp(b) => {
                let (x, y) = (self.const_value(&b.left)?, self.const_value(&b.right)?);
                let op = bin_op(b.op);
                if !within_limits(op, &x, &y) {
                    return None;
                }
                fold_binary(op, &x, &y)
            }
            _ => None,
        }
    }

    /// The frozenset constant a set display of constants folds to, or `None` if an item is
    /// not constant (or not hashable).
    pub(crate) fn const_frozenset(&self, elts: &[Expr]) -> Option<Value> {
        let mut first = SetTable::new();
        for e in elts {
            first.insert(HashedKey::new(self.const_value(e)?)?);
        }
        // Rebuilt from the first table's order, as the constant merging pass does.
        let mut second = rebuilt(&first);
        // And once more when the code object interns its string constants, if that replaces
        // one of them: a string of name characters that an equal one was interned before.
        let replaced_by_interning = second
            .iter()
            .any(|k| matches!(&k.value, Value::Str(s) if self.interned_before(s.as_str())));
        if replaced_by_interning {
            second = rebuilt(&second);
        }
        Some(Value::Set(Rc::new(SetObj::with_table(second, true))))
    }

    /// Whether interning the string constant `text` would replace it with an equal string
    /// CPython interned before making this code object. An approximation of its interpreter's
    /// state, measured against it: one-character names, the program's own identifiers (its
    /// parser interns them), the builtins' names and the lowercase words CPython's start-up
    /// and the harness's imports interned (`data/interned_words.txt`, written by
    /// `tests/conformance/interned_words.py`; other words interned only by some library
    /// module, such as `Protocol`, are not known here).
    fn interned_before(&self, text: &str) -> bool {
        !text.is_empty()
            && text.bytes().all(super::is_name_byte)
            && (text.len() == 1
                || crate::vm::suggestions::BUILTIN_NAMES.contains(&text)
                || self.symtable.has_identifier(text)
                || interned_at_start(text))
    }

    /// A set display of more than two constants: `BUILD_SET 0`, the frozenset constant,
    /// `SET_UPDATE 1`. False if the display does not fold.
    pub(crate) fn compile_const_set(&mut self, elts: &[Expr]) -> bool {
        if elts.len() <= 2 {
            return false;
        }
        let Some(frozen) = self.const_frozenset(elts) else { return false };
        self.emit(Instr::BuildSet(0));
        self.emit_const(frozen);
        self.emit(Instr::SetUpdate(1));
        true
    }

    /// The iterable of a `for` loop or comprehension (CPython's `fold_iter`): a set display
    /// of constants becomes the frozenset constant itself, and a list display without a
    /// starred item a tuple (a constant one when all its items are), so the loop walks a
    /// `tuple_iterator`.
    pub(crate) fn compile_iterable(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        if let Expr::List(l) = e {
            if !l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                let saved = self.set_line(ruff_text_size::Ranged::range(e).start());
                self.compile_sequence(&l.elts, super::expr::Display::Tuple)?;
                self.restore_line(saved);
                return Ok(());
            }
        }
        if let Expr::Set(s) = e {
            if let Some(frozen) = self.const_frozenset(&s.elts) {
                let saved = self.set_line(ruff_text_size::Ranged::range(e).start());
                self.emit_const(frozen);
                self.restore_line(saved);
                return Ok(());
            }
        }
        self.compile_expr(e)
    }
}

/// A set table built again by adding `table`'s keys in its iteration order.
fn rebuilt(table: &SetTable) -> SetTable {
    let mut again = SetTable::new();
    for k in table.iter() {
        again.insert(k.clone());
    }
    again
}

/// `a <op> b` on constants: numbers, and str/bytes/tuple concatenation and repetition.
fn fold_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    if let Some(r) = numbers::binary(op, a, b) {
        return r.ok();
    }
    match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            Some(Value::string(format!("{}{}", x.as_str(), y.as_str())))
        }
        (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
            Some(Value::bytes(x.data.iter().chain(y.data.iter()).copied().collect()))
        }
        (BinOp::Mul, Value::Bytes(s), n) | (BinOp::Mul, n, Value::Bytes(s)) => {
            let count = numbers::to_bigint(n)?.to_i64()?.max(0) as usize;
            Some(Value::bytes(s.data.repeat(count)))
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            Some(Value::tuple(x.items.iter().chain(y.items.iter()).cloned().collect()))
        }
        (BinOp::Mul, Value::Str(s), n) | (BinOp::Mul, n, Value::Str(s)) => {
            let count = numbers::to_bigint(n)?.to_i64()?.max(0) as usize;
            Some(Value::string(s.as_str().repeat(count)))
        }
        (BinOp::Mul, Value::Tuple(t), n) | (BinOp::Mul, n, Value::Tuple(t)) => {
            let count = numbers::to_bigint(n)?.to_i64()?.max(0) as usize;
            let items = t.items.iter().cloned().cycle().take(t.items.len() * count).collect();
            Some(Value::tuple(items))
        }
        _ => None,
    }
}

/// Whether CPython 3.11 has interned the lowercase word `text` before it compiles a program.
fn interned_at_start(text: &str) -> bool {
    const WORDS: &str = include_str!("../../data/interned_words.txt");
    text.bytes().all(|b| b.is_ascii_lowercase()) && WORDS.lines().any(|word| word == text)
}
