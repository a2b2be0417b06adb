//! The `match` statement. Each `case` evaluates the values its pattern names (literals,
//! dotted names, classes, mapping keys) in source order, then one `MATCH_CASE` instruction
//! matches the subject against the pattern natively and gives the captures, which are stored
//! in order before the guard runs (CPython binds them at the same point).

use super::code::{Instr, MatchPattern, Singleton};
use super::error::CompileError;
use super::Compiler;
use crate::safe_repr::safe_repr;
use crate::vm::hashing::HashedKey;
use crate::vm::settable::SetTable;
use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;

/// What compiling one `case` pattern collects.
#[derive(Default)]
struct CaseState {
    /// Capture names by slot.
    captures: Vec<String>,
    /// Names bound in the alternative being compiled (for CPython's name checks).
    bound: Vec<String>,
    operands: u32,
    /// Whether the pattern being compiled may match anything (CPython's
    /// `pattern_context.allow_irrefutable`): false for a guardless `case` that is not the
    /// last, and for every alternative of an OR pattern but its last one.
    allow_irrefutable: bool,
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> Result<(), CompileError> {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == m.cases.len();
            let saved = self.set_position(case.pattern.range());
            let mut state =
                CaseState { allow_irrefutable: last || case.guard.is_some(), ..Default::default() };
            self.emit(Instr::Copy(1));
            let pattern = self.pattern(&case.pattern, &mut state)?;
            self.emit(Instr::BuildTuple(state.operands));
            let index = self.unit().patterns.len() as u32;
            self.unit().patterns.push(pattern);
            self.emit(Instr::MatchCase(index));
            let failed = self.new_label();
            let next = self.new_label();
            self.emit(Instr::Copy(1));
            self.emit_jump(Instr::PopJumpIfNone, failed);
            if state.captures.is_empty() {
                self.emit(Instr::PopTop);
            } else {
                self.emit(Instr::UnpackSequence(state.captures.len() as u32));
                for name in &state.captures {
                    self.store_name(name);
                }
            }
            self.restore_position(saved);
            if let Some(guard) = &case.guard {
                self.compile_jump_if(guard, false, next)?;
            }
            self.emit(Instr::PopTop);
            self.compile_body(&case.body)?;
            self.emit_jump(Instr::Jump, end);
            self.place(failed);
            self.emit(Instr::PopTop);
            self.place(next);
        }
        self.emit(Instr::PopTop);
        self.place(end);
        Ok(())
    }

    fn operand(&mut self, expr: &'a ast::Expr, state: &mut CaseState) -> Result<u32, CompileError> {
        self.compile_expr(expr)?;
        state.operands += 1;
        Ok(state.operands - 1)
    }

    /// The slot of capture `name`, refusing a name bound twice in one alternative.
    fn capture(
        &mut self,
        name: &ast::Identifier,
        state: &mut CaseState,
    ) -> Result<u32, CompileError> {
        let text = name.as_str().to_string();
        if state.bound.contains(&text) {
            let message = format!("multiple assignments to name '{text}' in pattern");
            return Err(CompileError::syntax(&message, name.range().start()));
        }
        state.bound.push(text.clone());
        let slot = match state.captures.iter().position(|c| *c == text) {
            Some(i) => i,
            None => {
                state.captures.push(text);
                state.captures.len() - 1
            }
        };
        Ok(slot as u32)
    }

    /// A pattern inside a sequence, mapping or class pattern: it may match anything, as the
    /// pattern around it still tests something (`compiler_pattern_subpattern`).
    fn subpattern(
        &mut self,
        pattern: &'a Pattern,
        state: &mut CaseState,
    ) -> Result<MatchPattern, CompileError> {
        let outer = std::mem::replace(&mut state.allow_irrefutable, true);
        let compiled = self.pattern(pattern, state);
        state.allow_irrefutable = outer;
        compiled
    }

    fn pattern(
        &mut self,
        pattern: &'a Pattern,
        state: &mut CaseState,
    ) -> Result<MatchPattern, CompileError> {
        Ok(match pattern {
            Pattern::MatchValue(v) => {
                // Only literals (folded, as `-1` or `1+2j`) and dotted names; the parser
                // also lets an f-string through.
                if matches!(*v.value, ast::Expr::FString(_)) {
                    return Err(CompileError::syntax(
                        "patterns may only match literals and attribute lookups",
                        v.range.start(),
                    ));
                }
                MatchPattern::Value(self.operand(&v.value, state)?)
            }
            Pattern::MatchSingleton(s) => MatchPattern::Singleton(match s.value {
                ast::Singleton::None => Singleton::None,
                ast::Singleton::True => Singleton::True,
                ast::Singleton::False => Singleton::False,
            }),
            Pattern::MatchAs(a) if a.pattern.is_none() && !state.allow_irrefutable => {
                let message = match &a.name {
                    Some(n) => {
                        format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            n.as_str()
                        )
                    }
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(CompileError::syntax(&message, a.range.start()));
            }
            Pattern::MatchAs(a) => {
                let sub = match &a.pattern {
                    Some(p) => Some(Box::new(self.pattern(p, state)?)),
                    None => None,
                };
                let capture = match &a.name {
                    Some(n) => Some(self.capture(n, state)?),
                    None => None,
                };
                MatchPattern::As { pattern: sub, capture }
            }
            Pattern::MatchSequence(s) => {
                let mut items = Vec::new();
                let mut star = None;
                for (i, p) in s.patterns.iter().enumerate() {
                    if let Pattern::MatchStar(st) = p {
                        if star.is_some() {
                            return Err(CompileError::syntax(
                                "multiple starred names in sequence pattern",
                                s.range.start(),
                            ));
                        }
                        let capture = match &st.name {
                            Some(n) => Some(self.capture(n, state)?),
                            None => None,
                        };
                        star = Some((i, capture));
                    } else {
                        items.push(self.subpattern(p, state)?);
                    }
                }
                MatchPattern::Sequence { items, star }
            }
            Pattern::MatchStar(st) => {
                return Err(CompileError::syntax("can't use starred name here", st.range.start()))
            }
            Pattern::MatchMapping(m) => {
                let mut keys = Vec::new();
                let mut seen = SetTable::new();
                for k in &m.keys {
                    // Equal literal keys (`1`, `1.0`, `True`) can never both match.
                    if let Some(key) = self.const_value(k).and_then(HashedKey::new) {
                        if seen.contains(&key) {
                            let shown = safe_repr(&key.value);
                            let message = format!("mapping pattern checks duplicate key ({shown})");
                            return Err(CompileError::syntax(&message, m.range.start()));
                        }
                        seen.insert(key);
                    }
                    keys.push(self.operand(k, state)?);
                }
                let mut values = Vec::new();
                for p in &m.patterns {
                    values.push(self.subpattern(p, state)?);
                }
                let rest = match &m.rest {
                    Some(n) => Some(self.capture(n, state)?),
                    None => None,
                };
                MatchPattern::Mapping { keys, values, rest }
            }
            Pattern::MatchClass(c) => {
                let keywords = &c.arguments.keywords;
                for (i, k) in keywords.iter().enumerate() {
                    if let Some(again) =
                        keywords[i + 1..].iter().find(|o| o.attr.as_str() == k.attr.as_str())
                    {
                        let message = format!(
                            "attribute name repeated in class pattern: {}",
                            k.attr.as_str()
                        );
                        return Err(CompileError::syntax(&message, again.pattern.range().start()));
                    }
                }
                let class = self.operand(&c.cls, state)?;
                let mut positional = Vec::new();
                for p in &c.arguments.patterns {
                    positional.push(self.subpattern(p, state)?);
                }
                let mut keywords = Vec::new();
                for k in &c.arguments.keywords {
                    keywords.push((k.attr.as_str().into(), self.subpattern(&k.pattern, state)?));
                }
                MatchPattern::Class { class, positional, keywords }
            }
            Pattern::MatchOr(o) => {
                let outer = state.bound.clone();
                let may_match_anything = state.allow_irrefutable;
                let mut first: Option<Vec<String>> = None;
                let mut alternatives = Vec::new();
                for (i, p) in o.patterns.iter().enumerate() {
                    state.bound = outer.clone();
                    // An alternative that always matches hides the ones after it.
                    state.allow_irrefutable = may_match_anything && i + 1 == o.patterns.len();
                    alternatives.push(self.pattern(p, state)?);
                    let mut names: Vec<String> = state.bound[outer.len()..].to_vec();
                    names.sort();
                    match &first {
                        None => first = Some(names),
                        Some(f) if *f != names => {
                            return Err(CompileError::syntax(
                                "alternative patterns bind different names",
                                p.range().start(),
                            ))
                        }
                        Some(_) => {}
                    }
                }
                state.allow_irrefutable = may_match_anything;
                MatchPattern::Or(alternatives)
            }
        })
    }
}
