//! The `match` statement. Each `case` evaluates the values its pattern names (literals,
//! dotted names, classes, mapping keys) in source order, then one `MATCH_CASE` instruction
//! matches the subject against the pattern natively and gives the captures, which are stored
//! in order before the guard runs (CPython binds them at the same point).

use super::code::{Instr, MatchPattern, Singleton};
use super::error::CompileError;
use super::Compiler;
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
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> Result<(), CompileError> {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == m.cases.len();
            if !last && case.guard.is_none() {
                if let Pattern::MatchAs(ast::PatternMatchAs {
                    pattern: None, name, range, ..
                }) = &case.pattern
                {
                    let message = match name {
                        Some(n) => format!(
                            "name capture '{}' makes remaining patterns unreachable",
                            n.as_str()
                        ),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(CompileError::syntax(&message, range.start()));
                }
            }
            let saved = self.set_position(case.pattern.range());
            let mut state = CaseState::default();
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

    fn pattern(
        &mut self,
        pattern: &'a Pattern,
        state: &mut CaseState,
    ) -> Result<MatchPattern, CompileError> {
        Ok(match pattern {
            Pattern::MatchValue(v) => MatchPattern::Value(self.operand(&v.value, state)?),
            Pattern::MatchSingleton(s) => MatchPattern::Singleton(match s.value {
                ast::Singleton::None => Singleton::None,
                ast::Singleton::True => Singleton::True,
                ast::Singleton::False => Singleton::False,
            }),
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
                        items.push(self.pattern(p, state)?);
                    }
                }
                MatchPattern::Sequence { items, star }
            }
            Pattern::MatchStar(st) => {
                return Err(CompileError::syntax("can't use starred name here", st.range.start()))
            }
            Pattern::MatchMapping(m) => {
                let mut keys = Vec::new();
                for k in &m.keys {
                    keys.push(self.operand(k, state)?);
                }
                let mut values = Vec::new();
                for p in &m.patterns {
                    values.push(self.pattern(p, state)?);
                }
                let rest = match &m.rest {
                    Some(n) => Some(self.capture(n, state)?),
                    None => None,
                };
                MatchPattern::Mapping { keys, values, rest }
            }
            Pattern::MatchClass(c) => {
                let class = self.operand(&c.cls, state)?;
                let mut positional = Vec::new();
                for p in &c.arguments.patterns {
                    positional.push(self.pattern(p, state)?);
                }
                let mut keywords = Vec::new();
                for k in &c.arguments.keywords {
                    keywords.push((k.attr.as_str().into(), self.pattern(&k.pattern, state)?));
                }
                MatchPattern::Class { class, positional, keywords }
            }
            Pattern::MatchOr(o) => {
                let outer = state.bound.clone();
                let mut first: Option<Vec<String>> = None;
                let mut alternatives = Vec::new();
                for p in &o.patterns {
                    state.bound = outer.clone();
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
                MatchPattern::Or(alternatives)
            }
        })
    }
}
