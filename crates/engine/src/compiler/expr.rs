//! Expressions.

use super::code::{BinOp, CmpOp, CodeKind, Conversion, Instr, MakeFunctionFlags};
use super::symtable::ScopeKind;
use super::{CompileError, Compiler};
use crate::vm::value::Value;
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

pub(crate) fn bin_op(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// An int literal's value (Ruff keeps big literals as their source text).
fn int_literal(i: &ast::Int) -> Option<Value> {
    if let Some(v) = i.as_i64() {
        return Some(Value::Int(v));
    }
    let text = i.to_string().replace('_', "");
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = match lower.get(..2) {
        Some("0x") => (&text[2..], 16),
        Some("0o") => (&text[2..], 8),
        Some("0b") => (&text[2..], 2),
        _ => (text.as_str(), 10),
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).map(Value::from_bigint)
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_expr(&mut self, expr: &'a Expr) -> Result<(), CompileError> {
        let saved = self.set_position(expr.range());
        let result = self.compile_expr_inner(expr);
        self.restore_position(saved);
        result
    }

    fn compile_expr_inner(&mut self, expr: &'a Expr) -> Result<(), CompileError> {
        match expr {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let make = if b.op == ast::BoolOp::And {
                    Instr::JumpIfFalseOrPop
                } else {
                    Instr::JumpIfTrueOrPop
                };
                let (last, rest) = b.values.split_last().expect("a bool op has operands");
                for v in rest {
                    self.compile_expr(v)?;
                    self.emit_jump(make, end);
                }
                self.compile_expr(last)?;
                self.place(end);
            }
            Expr::Named(n) => {
                // `target := value` leaves the value on the stack and stores a copy.
                self.compile_expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                // Arithmetic on constants is one constant, as CPython's optimizer folds it:
                // `"hello " + "world" is "hello world"`, `10**20 is 10**20`.
                if let Some(folded) = self.const_value(expr) {
                    self.emit_const(folded);
                    return Ok(());
                }
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Instr::BinaryOp(bin_op(b.op)));
            }
            Expr::UnaryOp(u) => {
                // Fold `-5`, `~0xff` and `-(2**10)` into a constant, as CPython's optimizer does.
                if u.op != ast::UnaryOp::Not {
                    if let Some(folded) = self.const_value(expr) {
                        self.emit_const(folded);
                        return Ok(());
                    }
                }
                // `not (a is b)`: CPython's optimizer reads it as `a is not b` before the
                // literal check, which then warns about `is not`.
                if let (ast::UnaryOp::Not, Expr::Compare(c)) = (u.op, u.operand.as_ref()) {
                    if c.ops.len() == 1 {
                        self.check_compare(c, true);
                        self.compile_compare_body(c)?;
                        self.emit(Instr::UnaryNot);
                        return Ok(());
                    }
                }
                self.compile_expr(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Not => Instr::UnaryNot,
                    ast::UnaryOp::USub => Instr::UnaryNegative,
                    ast::UnaryOp::UAdd => Instr::UnaryPositive,
                    ast::UnaryOp::Invert => Instr::UnaryInvert,
                });
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.emit_jump(Instr::Jump, end);
                self.place(orelse);
                self.compile_expr(&i.orelse)?;
                self.place(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.compile_sequence(&s.elts, Display::Set)?,
            Expr::List(l) => self.compile_sequence(&l.elts, Display::List)?,
            Expr::Tuple(t) => self.compile_sequence(&t.elts, Display::Tuple)?,
            Expr::ListComp(c) => self.compile_comprehension(
                c,
                "<listcomp>",
                &c.generators,
                ComprehensionKind::List(&c.elt),
            )?,
            Expr::SetComp(c) => self.compile_comprehension(
                c,
                "<setcomp>",
                &c.generators,
                ComprehensionKind::Set(&c.elt),
            )?,
            Expr::DictComp(c) => {
                let key = c.key.as_deref().ok_or_else(|| {
                    CompileError::unsupported("dict unpacking in a comprehension", c.range.start())
                })?;
                self.compile_comprehension(
                    c,
                    "<dictcomp>",
                    &c.generators,
                    ComprehensionKind::Dict(key, &c.value),
                )?
            }
            Expr::Generator(g) => self.compile_comprehension(
                g,
                "<genexpr>",
                &g.generators,
                ComprehensionKind::Generator(&g.elt),
            )?,
            Expr::Await(a) => {
                self.compile_expr(&a.value)?;
                self.emit(Instr::GetAwaitable);
                self.emit_const(Value::None);
                self.emit_send_loop();
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.emit_const(Value::None),
                }
                if self.unit().kind == CodeKind::AsyncGenerator {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
                self.emit(Instr::Resume);
            }
            Expr::YieldFrom(y) => {
                self.compile_expr(&y.value)?;
                self.emit(Instr::GetYieldFromIter);
                self.emit_const(Value::None);
                self.emit_send_loop();
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => {
                let mut count = 0;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(lit) => {
                            if !lit.value.is_empty() {
                                self.emit_const(Value::str(&lit.value));
                                count += 1;
                            }
                        }
                        ast::FStringPart::FString(fs) => {
                            count += self.compile_fstring_elements(&fs.elements)?;
                        }
                    }
                }
                if count == 0 {
                    self.emit_const(Value::str(""));
                } else if count > 1 {
                    self.emit(Instr::BuildString(count));
                }
            }
            Expr::TString(t) => {
                return Err(CompileError::unsupported("template strings", t.range.start()));
            }
            Expr::StringLiteral(s) => self.emit_const(Value::str(s.value.to_str())),
            Expr::BytesLiteral(b) => self.emit_const(Value::bytes(b.value.bytes().collect())),
            Expr::NumberLiteral(n) => match (self.number_value(n)?, &n.value) {
                (Some(v), _) => self.emit_const(v),
                // An imaginary literal (`2j`): the complex is made when the code runs, since
                // constants are made without an interpreter.
                (None, ast::Number::Complex { imag, .. }) => {
                    self.emit_const(Value::Float(*imag));
                    self.emit(Instr::MakeComplex);
                }
                (None, _) => unreachable!("only complex literals have no constant value"),
            },
            Expr::BooleanLiteral(b) => self.emit_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit_const(Value::None),
            Expr::EllipsisLiteral(_) => self.emit_const(Value::Ellipsis),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let saved = self.set_attr_position(a, a.range().end());
                let i = self.attr_index(a.attr.as_str());
                self.emit(Instr::LoadAttr(i));
                self.restore_position(saved);
            }
            Expr::Subscript(s) => {
                self.check_subscript(s);
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(s) => {
                return Err(CompileError::syntax(
                    "can't use starred expression here",
                    s.range.start(),
                ));
            }
            // CPython's compiler folds `__debug__` to its constant (no `-O` here).
            Expr::Name(n) if n.id.as_str() == "__debug__" => self.emit_const(Value::Bool(true)),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Slice(s) => {
                let mut n = 2;
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(e) => self.compile_expr(e)?,
                        None => self.emit_const(Value::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.compile_expr(step)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
            }
            Expr::IpyEscapeCommand(i) => {
                return Err(CompileError::syntax("invalid syntax", i.range.start()));
            }
        }
        Ok(())
    }

    pub(crate) fn number_value(
        &self,
        n: &ast::ExprNumberLiteral,
    ) -> Result<Option<Value>, CompileError> {
        Ok(match &n.value {
            ast::Number::Int(i) => {
                Some(int_literal(i).ok_or_else(|| {
                    CompileError::syntax("invalid integer literal", n.range.start())
                })?)
            }
            ast::Number::Float(f) => Some(Value::Float(*f)),
            ast::Number::Complex { .. } => None,
        })
    }

    /// The `SEND`/`YIELD_VALUE` loop of `await` and `yield from`.
    pub(crate) fn emit_send_loop(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.place(send);
        self.emit_jump(Instr::Send, exit);
        self.emit(Instr::YieldValue);
        self.emit(Instr::Resume);
        self.emit_jump(Instr::Jump, send);
        self.place(exit);
    }

    /// Builds a list/tuple/set; with starred items it builds a list (or a set) and extends
    /// it, and a tuple converts the list at the end (`LIST_TO_TUPLE`), as CPython does.
    pub(super) fn compile_sequence(
        &mut self,
        elts: &'a [Expr],
        display: Display,
    ) -> Result<(), CompileError> {
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !starred && display == Display::Set && self.compile_const_set(elts) {
            return Ok(());
        }
        // A tuple of constants is one constant, as CPython's optimizer folds it (equal ones
        // are then the same object: `t = (1, 2); t is (1, 2)`).
        if !starred && display == Display::Tuple {
            let items: Option<Vec<Value>> = elts.iter().map(|e| self.const_value(e)).collect();
            if let Some(items) = items {
                self.emit_const(Value::tuple(items));
                return Ok(());
            }
        }
        if !starred {
            for e in elts {
                self.compile_expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match display {
                Display::List => Instr::BuildList(n),
                Display::Tuple => Instr::BuildTuple(n),
                Display::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        // BUILD_LIST/SET of the leading plain items, then append or extend each of the rest.
        let is_set = display == Display::Set;
        let leading = elts.iter().take_while(|e| !matches!(e, Expr::Starred(_))).count();
        for e in &elts[..leading] {
            self.compile_expr(e)?;
        }
        self.emit(if is_set {
            Instr::BuildSet(leading as u32)
        } else {
            Instr::BuildList(leading as u32)
        });
        for e in &elts[leading..] {
            match e {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(if is_set { Instr::SetUpdate(1) } else { Instr::ListExtend(1) });
                }
                other => {
                    self.compile_expr(other)?;
                    self.emit(if is_set { Instr::SetAdd(1) } else { Instr::ListAppend(1) });
                }
            }
        }
        if display == Display::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> Result<(), CompileError> {
        let mut pending = 0u32;
        let mut built = false;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !built {
                        self.emit(Instr::BuildMap(pending));
                        if built {
                            self.emit(Instr::DictUpdate(1));
                        }
                        pending = 0;
                        built = true;
                    }
                    self.compile_expr(&item.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if !built || pending > 0 {
            self.emit(Instr::BuildMap(pending));
            if built {
                self.emit(Instr::DictUpdate(1));
            }
        }
        Ok(())
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> Result<(), CompileError> {
        self.check_compare(c, false);
        self.compile_compare_body(c)
    }

    pub(crate) fn compile_compare_body(
        &mut self,
        c: &'a ast::ExprCompare,
    ) -> Result<(), CompileError> {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.compile_expr(right)?;
            if i + 1 < n {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
                self.emit_compare(*op);
                self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit_compare(*op);
            }
        }
        if n > 1 {
            self.emit_jump(Instr::Jump, end);
            self.place(cleanup);
            self.emit(Instr::Swap(2));
            self.emit(Instr::PopTop);
            self.place(end);
        }
        Ok(())
    }

    fn emit_compare(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        self.emit(match op {
            C::Eq => Instr::CompareOp(CmpOp::Eq),
            C::NotEq => Instr::CompareOp(CmpOp::Ne),
            C::Lt => Instr::CompareOp(CmpOp::Lt),
            C::LtE => Instr::CompareOp(CmpOp::Le),
            C::Gt => Instr::CompareOp(CmpOp::Gt),
            C::GtE => Instr::CompareOp(CmpOp::Ge),
            C::Is => Instr::IsOp(false),
            C::IsNot => Instr::IsOp(true),
            C::In => Instr::ContainsOp(false),
            C::NotIn => Instr::ContainsOp(true),
        });
    }

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> Result<(), CompileError> {
        self.check_caller(c);
        let plain_args = !c.arguments.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !c.arguments.keywords.iter().any(|k| k.arg.is_none());
        match c.func.as_ref() {
            Expr::Attribute(a) if plain_args => {
                self.compile_expr(&a.value)?;
                let saved = self.set_attr_position(a, a.range().end());
                let i = self.attr_index(a.attr.as_str());
                self.emit(Instr::LoadMethod(i));
                self.restore_position(saved);
                // The call itself is placed as the method name too, up to the call's end: a
                // chain over several lines (`(q\n .step()\n .bad())`) fails on `.bad()`'s.
                let saved = self.set_attr_position(a, c.range().end());
                let result = self.compile_call_args(0, &c.arguments.args, &c.arguments.keywords);
                self.restore_position(saved);
                return result;
            }
            other => {
                self.compile_expr(other)?;
                self.emit(Instr::PushNull);
            }
        }
        self.compile_call_args(0, &c.arguments.args, &c.arguments.keywords)
    }

    /// CPython's `update_start_location_to_match_attr`: an attribute's instruction belongs to
    /// the attribute name's line, and when that is not the line the expression starts on, its
    /// span starts at the name (and runs to `end`).
    #[inline]
    fn set_attr_position(
        &mut self,
        a: &ast::ExprAttribute,
        end: ruff_text_size::TextSize,
    ) -> (u32, (u32, u32)) {
        let (start, name) = (a.range().start(), a.attr.range().start());
        // (A newline between the two, rather than two line lookups: this runs for every
        // attribute of every module, the library's included.)
        let before_name = &self.source.text.as_bytes()[start.to_usize()..name.to_usize()];
        let start = if before_name.contains(&b'\n') { name } else { start };
        self.set_position(ruff_text_size::TextRange::new(start, end))
    }

    /// Emits arguments and the call. `extra` positional arguments are already on the stack.
    pub(crate) fn compile_call_args(
        &mut self,
        extra: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> Result<(), CompileError> {
        let starred = args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        if !starred {
            for a in args {
                self.compile_expr(a)?;
            }
            let count = extra + args.len() as u32 + keywords.len() as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(count));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.compile_expr(&k.value)?;
                    let name = k.arg.as_ref().map(|n| n.as_str()).unwrap_or("");
                    names.push(Value::str(name));
                }
                let names_const = self.add_const(Value::tuple(names));
                self.emit(Instr::CallKw(count, names_const));
            }
            return Ok(());
        }
        // f(*args, **kwargs): collect positional arguments into a tuple and keywords into a dict.
        // A lone `*args` goes to CALL_FUNCTION_EX as it is, which checks that it is iterable
        // (naming the function in the error, as CPython does).
        if let (0, [Expr::Starred(s)]) = (extra, args) {
            self.compile_expr(&s.value)?;
        } else {
            // As CPython: one BUILD_LIST of the leading plain arguments, then one append or
            // extend per argument after the first star.
            let leading = args.iter().take_while(|a| !matches!(a, Expr::Starred(_))).count();
            for a in &args[..leading] {
                self.compile_expr(a)?;
            }
            self.emit(Instr::BuildList(extra + leading as u32));
            for a in &args[leading..] {
                match a {
                    Expr::Starred(s) => {
                        self.compile_expr(&s.value)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    other => {
                        self.compile_expr(other)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
        }
        if keywords.is_empty() {
            self.emit(Instr::CallFunctionEx(false));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.emit_const(Value::str(name.as_str()));
                    self.compile_expr(&k.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                None => {
                    self.compile_expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallFunctionEx(true));
        Ok(())
    }

    fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> Result<(), CompileError> {
        let empty = ast::Parameters::default();
        let params: &ast::Parameters = l.parameters.as_deref().unwrap_or(&empty);
        let mut flags = match l.parameters.as_deref() {
            Some(p) => self.compile_defaults(p)?,
            None => MakeFunctionFlags::default(),
        };
        let scope = self.symtable.scope_of(l);
        let kind = if self.symtable.scopes[scope].is_generator {
            CodeKind::Generator
        } else {
            CodeKind::Function
        };
        let qualname = self.child_qualname("<lambda>");
        let line = self.line_of(l.range.start());
        self.enter_unit(scope, kind, "<lambda>", &qualname, line);
        // None first, so that a lambda never has a docstring.
        self.add_const(Value::None);
        self.set_params(params);
        self.compile_expr(&l.body)?;
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit();
        flags.closure = self.emit_closure(scope);
        self.emit_const(Value::Code(code));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    /// f-string pieces onto the stack; returns how many strings it pushed.
    fn compile_fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
    ) -> Result<u32, CompileError> {
        let mut count = 0;
        for element in elements.iter() {
            match element {
                ast::InterpolatedStringElement::Literal(lit) => {
                    self.emit_const(Value::str(&lit.value));
                    count += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => Conversion::Ascii,
                    };
                    if let Some(debug) = &i.debug_text {
                        // f"{x=}" prints the expression text, then repr unless told otherwise.
                        let text = format!(
                            "{}{}{}",
                            debug.leading(),
                            debug.expression(),
                            debug.trailing()
                        );
                        self.emit_const(Value::str(&text));
                        count += 1;
                        if conversion == Conversion::None && i.format_spec.is_none() {
                            conversion = Conversion::Repr;
                        }
                    }
                    self.compile_expr(&i.expression)?;
                    let has_spec = match &i.format_spec {
                        Some(spec) => {
                            let n = self.compile_fstring_elements(&spec.elements)?;
                            if n == 0 {
                                self.emit_const(Value::str(""));
                            } else if n > 1 {
                                self.emit(Instr::BuildString(n));
                            }
                            true
                        }
                        None => false,
                    };
                    self.emit(Instr::FormatValue(conversion, has_spec));
                    count += 1;
                }
            }
        }
        Ok(count)
    }

    fn compile_comprehension<T>(
        &mut self,
        node: &'a T,
        name: &str,
        generators: &'a [ast::Comprehension],
        kind: ComprehensionKind<'a>,
    ) -> Result<(), CompileError> {
        let scope = self.symtable.scope_of(node);
        let first = generators.first().expect("a comprehension has a generator");
        let is_genexp = matches!(kind, ComprehensionKind::Generator(_));
        let is_async = self.symtable.scopes[scope].is_async;
        if is_async
            && !is_genexp
            && !matches!(self.unit().kind, CodeKind::Coroutine | CodeKind::AsyncGenerator)
            && self.scope_kind() != ScopeKind::Comprehension
        {
            return Err(CompileError::syntax(
                "asynchronous comprehension outside of an asynchronous function",
                first.range.start(),
            ));
        }
        let code_kind = match (is_genexp, is_async) {
            (true, true) => CodeKind::AsyncGenerator,
            (true, false) => CodeKind::Generator,
            (false, true) => CodeKind::Coroutine,
            (false, false) => CodeKind::Function,
        };
        let qualname = self.child_qualname(name);
        let line = self.unit_ref().line;
        self.enter_unit(scope, code_kind, name, &qualname, line);
        self.unit().arg_count = 1;
        match kind {
            ComprehensionKind::List(_) => self.emit(Instr::BuildList(0)),
            ComprehensionKind::Set(_) => self.emit(Instr::BuildSet(0)),
            ComprehensionKind::Dict(..) => self.emit(Instr::BuildMap(0)),
            ComprehensionKind::Generator(_) => {}
        }
        self.compile_comprehension_loop(generators, 0, &kind)?;
        if matches!(kind, ComprehensionKind::Generator(_)) {
            self.emit_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.leave_unit();

        let flags = MakeFunctionFlags { closure: self.emit_closure(scope), ..Default::default() };
        self.emit_const(Value::Code(code));
        self.emit(Instr::MakeFunction(flags));
        self.emit(Instr::PushNull);
        if first.is_async {
            self.compile_expr(&first.iter)?;
            self.emit(Instr::GetAiter);
        } else {
            self.compile_iterable(&first.iter)?;
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if is_async && !is_genexp {
            // `[... async for ...]` is a coroutine the enclosing code awaits at once.
            self.emit(Instr::GetAwaitable);
            self.emit_const(Value::None);
            self.emit_send_loop();
        }
        Ok(())
    }

    fn compile_comprehension_loop(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        kind: &ComprehensionKind<'a>,
    ) -> Result<(), CompileError> {
        let g = &generators[index];
        let start = self.new_label();
        let exit = self.new_label();
        if index == 0 {
            self.emit(Instr::LoadFast(0));
        } else if g.is_async {
            self.compile_expr(&g.iter)?;
            self.emit(Instr::GetAiter);
        } else {
            self.compile_iterable(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        self.place(start);
        if g.is_async {
            // As `async for`: await `__anext__()`; StopAsyncIteration ends this loop.
            self.emit_jump(Instr::SetupFinally, exit);
            self.emit(Instr::GetAnext);
            self.emit_const(Value::None);
            self.emit_send_loop();
            self.emit(Instr::PopBlock);
        } else {
            self.emit_jump(Instr::ForIter, exit);
        }
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.compile_jump_if(cond, false, start)?;
        }
        if index + 1 < generators.len() {
            self.compile_comprehension_loop(generators, index + 1, kind)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                ComprehensionKind::List(e) => {
                    self.compile_expr(e)?;
                    self.emit(Instr::ListAppend(depth));
                }
                ComprehensionKind::Set(e) => {
                    self.compile_expr(e)?;
                    self.emit(Instr::SetAdd(depth));
                }
                ComprehensionKind::Dict(k, v) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    self.emit(Instr::MapAdd(depth));
                }
                ComprehensionKind::Generator(e) => {
                    self.compile_expr(e)?;
                    if self.unit().kind == CodeKind::AsyncGenerator {
                        self.emit(Instr::AsyncGenWrap);
                    }
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Resume);
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.emit_jump(Instr::Jump, start);
        self.place(exit);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }
}

/// Which display (`[...]`, `(...)`, `{...}` without keys) `compile_sequence` builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Display {
    List,
    Tuple,
    Set,
}

enum ComprehensionKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Generator(&'a Expr),
}
