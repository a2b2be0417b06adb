//! Scope analysis: for every function, class, lambda and comprehension, which names are local,
//! which are cells captured by an inner function, which are free (from an enclosing function),
//! and which are global. This follows CPython's `symtable.c` rules, because the difference
//! between a local and a global decides whether `x += 1` raises `UnboundLocalError`.

use super::error::CompileError;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextSize};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    Class,
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions have fast locals and can own cells.
    pub fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

/// Where a name lives, from one scope's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A fast local (or, in a class body, a name in the class namespace).
    Local,
    /// A local that an inner function captures.
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound here nor in an enclosing function: a module global or a builtin.
    GlobalImplicit,
}

#[derive(Debug, Default, Clone, Copy)]
struct Flags {
    bound: bool,
    /// Bound only by `import` (CPython's `DEF_IMPORT` without `DEF_LOCAL`), which a later
    /// `global` or `nonlocal` declaration does not refuse.
    imported: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
    /// A comprehension's iteration variable (`x` in `[... for x in ...]`).
    comp_iter: bool,
    /// The target of an annotated assignment (`x: int = 1`), which cannot be declared global.
    annotated: bool,
    /// Where `nonlocal` declared the name (for "no binding for nonlocal" errors).
    nonlocal_at: TextSize,
    /// Where `global` declared the name (an error about both declarations points at the
    /// first, as CPython's `error_at_directive` does).
    global_at: TextSize,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in order of first appearance, parameters first.
    order: Vec<String>,
    flags: HashMap<String, Flags>,
    resolved: HashMap<String, NameKind>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub is_async: bool,
    pub is_generator: bool,
    /// A class body whose methods use `super()` or `__class__` gets a `__class__` cell.
    pub needs_class_cell: bool,
    /// A class body's own names that its methods also use from the enclosing function
    /// (CPython's `DEF_FREE_CLASS`): the body reads and stores them in the class namespace,
    /// and passes the enclosing function's cell on to the methods' closures.
    passes_free: HashSet<String>,
    /// Free variables in the order the code object lists them.
    pub freevars: Vec<String>,
    /// Cell variables in the order the code object lists them.
    pub cellvars: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            order: Vec::new(),
            flags: HashMap::new(),
            resolved: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_async: false,
            is_generator: false,
            needs_class_cell: false,
            passes_free: HashSet::new(),
            freevars: Vec::new(),
            cellvars: Vec::new(),
        }
    }

    fn entry(&mut self, name: &str) -> &mut Flags {
        if !self.flags.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.flags.entry(name.to_string()).or_default()
    }

    pub fn kind_of(&self, name: &str) -> NameKind {
        self.resolved.get(name).copied().unwrap_or(NameKind::GlobalImplicit)
    }

    /// Local variable names (parameters first), for function-like scopes.
    pub fn varnames(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for name in &self.order {
            let local = matches!(self.kind_of(name), NameKind::Local | NameKind::Cell);
            if local && !out.contains(name) {
                out.push(name.clone());
            }
        }
        out
    }
}

/// The scopes of a module, found by the address of the AST node that opens each one.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn build(module: &ast::ModModule) -> Result<SymbolTable, CompileError> {
        let mut builder = Builder {
            scopes: vec![Scope::new(ScopeKind::Module, "<module>")],
            by_node: HashMap::new(),
            stack: vec![0],
            string_annotations: super::future_annotations::enabled(&module.body),
            depth: 0,
        };
        for stmt in &module.body {
            builder.visit_stmt(stmt)?;
        }
        let mut table = SymbolTable { scopes: builder.scopes, by_node: builder.by_node };
        table.analyze(0, &HashSet::new())?;
        Ok(table)
    }

    /// Whether `name` is a name of the program: a variable, parameter, function or class of
    /// any scope (CPython's parser interns every identifier).
    pub fn has_identifier(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.name == name || s.flags.contains_key(name))
    }

    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }

    /// Resolves every name of `id` and its children; returns the free names `id` needs from its
    /// enclosing scopes.
    fn analyze(
        &mut self,
        id: usize,
        enclosing: &HashSet<String>,
    ) -> Result<HashSet<String>, CompileError> {
        let kind = self.scopes[id].kind;
        let mut needed = HashSet::new();
        let mut locals = HashSet::new();
        let mut declared_global = HashSet::new();
        let names: Vec<(String, Flags)> = {
            let s = &self.scopes[id];
            s.order.iter().map(|n| (n.clone(), s.flags[n])).collect()
        };
        for (name, f) in &names {
            let resolved = if f.global {
                declared_global.insert(name.clone());
                NameKind::GlobalExplicit
            } else if f.nonlocal {
                if !enclosing.contains(name) {
                    return Err(CompileError::syntax(
                        format!("no binding for nonlocal '{name}' found"),
                        f.nonlocal_at,
                    ));
                }
                needed.insert(name.clone());
                NameKind::Free
            } else if f.bound || f.param {
                locals.insert(name.clone());
                NameKind::Local
            } else if kind != ScopeKind::Module && enclosing.contains(name) {
                needed.insert(name.clone());
                NameKind::Free
            } else {
                NameKind::GlobalImplicit
            };
            self.scopes[id].resolved.insert(name.clone(), resolved);
        }
        let child_enclosing: HashSet<String> = if kind.is_function_like() {
            enclosing.difference(&declared_global).cloned().chain(locals.iter().cloned()).collect()
        } else if kind == ScopeKind::Class {
            // Methods see the class's implicit `__class__` cell (for `super()`).
            let mut names = enclosing.clone();
            names.insert("__class__".to_string());
            names
        } else {
            HashSet::new()
        };
        for child in self.scopes[id].children.clone() {
            let child_needs = self.analyze(child, &child_enclosing)?;
            let mut sorted: Vec<String> = child_needs.into_iter().collect();
            sorted.sort();
            for name in sorted {
                let scope = &mut self.scopes[id];
                if kind == ScopeKind::Class && name == "__class__" {
                    scope.needs_class_cell = true;
                    continue;
                }
                match scope.resolved.get(&name).copied() {
                    Some(NameKind::Local) | Some(NameKind::Cell) if kind.is_function_like() => {
                        scope.resolved.insert(name.clone(), NameKind::Cell);
                    }
                    Some(NameKind::Free) => {}
                    Some(NameKind::Local) if kind == ScopeKind::Class => {
                        scope.passes_free.insert(name.clone());
                        needed.insert(name);
                    }
                    _ => {
                        // Passes through this scope (a class body or a function that does not
                        // bind it) on its way to an outer function.
                        if kind == ScopeKind::Module {
                            continue;
                        }
                        if !scope.flags.contains_key(&name) {
                            scope.order.push(name.clone());
                            scope.flags.insert(name.clone(), Flags::default());
                        }
                        scope.resolved.insert(name.clone(), NameKind::Free);
                        needed.insert(name);
                    }
                }
            }
        }
        let scope = &mut self.scopes[id];
        let mut cells: Vec<String> = scope
            .order
            .iter()
            .filter(|n| scope.resolved.get(*n) == Some(&NameKind::Cell))
            .cloned()
            .collect();
        if scope.needs_class_cell {
            cells.push("__class__".to_string());
        }
        scope.cellvars = cells;
        scope.freevars = scope
            .order
            .iter()
            .filter(|n| {
                scope.resolved.get(*n) == Some(&NameKind::Free) || scope.passes_free.contains(*n)
            })
            .cloned()
            .collect();
        Ok(needed)
    }
}

/// CPython's `_Py_Mangle`: inside class `private`, `__name` (not ending in `__`, without a
/// dot) becomes `_Private__name`, the class name stripped of its leading underscores.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let Some(private) = private else { return name.into() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return name.into();
    }
    format!("_{stripped}{name}").into()
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    /// `from __future__ import annotations`: annotations are strings, they use no names.
    string_annotations: bool,
    /// Statements and expressions being visited, one inside the other.
    depth: u32,
}

/// How deep statements and expressions may nest: CPython's symbol table allows three times
/// the recursion limit (1,000 when a program is compiled), then raises `RecursionError`.
/// Checked here, in the first pass over the tree, so that no later pass recurses deeper.
#[cfg(not(target_arch = "wasm32"))]
const MAX_NESTING: u32 = 3 * 1000;
/// In the page's worker the compiler's passes recurse on the browser's stack, which a few
/// thousand levels overflow (the worker dies): deeper source is refused sooner there, as
/// `vm::nesting` bounds native recursion sooner.
#[cfg(target_arch = "wasm32")]
const MAX_NESTING: u32 = 1000;

impl Builder {
    fn current(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("module scope");
        &mut self.scopes[id]
    }

    fn bind(&mut self, name: &str) {
        let name = self.mangled(name);
        let f = self.current().entry(&name);
        f.bound = true;
        f.imported = false;
    }

    fn bind_import(&mut self, name: &str) {
        let name = self.mangled(name);
        let f = self.current().entry(&name);
        f.imported |= !f.bound;
        f.bound = true;
    }

    fn use_name(&mut self, name: &str) {
        let name = self.mangled(name);
        self.current().entry(&name).used = true;
    }

    /// `name` as the innermost enclosing class makes it private (`__x` in class `A` is
    /// `_A__x`), as CPython's `_Py_Mangle` does.
    fn mangled(&self, name: &str) -> String {
        let private = self
            .stack
            .iter()
            .rev()
            .map(|&id| &self.scopes[id])
            .find(|s| s.kind == ScopeKind::Class)
            .map(|s| s.name.as_str());
        mangle(private, name).into_owned()
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name));
        let parent = *self.stack.last().expect("module scope");
        self.scopes[parent].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    /// Declares a function's parameters, or fails as CPython's symtable does on a name
    /// given twice (`def handler(reader, reader)`) or on `__debug__`.
    fn add_params(&mut self, params: &ast::Parameters) -> Result<(), CompileError> {
        // CPython's order, which is also its varnames order: positional, keyword-only,
        // *args, **kwargs.
        let declared: Vec<&ast::Parameter> = params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
            .map(|p| &p.parameter)
            .chain(params.vararg.as_deref())
            .chain(params.kwarg.as_deref())
            .collect();
        let mut ordered: Vec<String> = Vec::with_capacity(declared.len());
        for param in declared {
            let name = param.name.as_str();
            if name == "__debug__" {
                return Err(CompileError::syntax(
                    "cannot assign to __debug__",
                    param.range.start(),
                ));
            }
            let mangled = self.mangled(name);
            if ordered.contains(&mangled) {
                return Err(CompileError::syntax(
                    format!("duplicate argument '{name}' in function definition"),
                    param.range.start(),
                ));
            }
            ordered.push(mangled);
        }
        let scope = self.current();
        for name in &ordered {
            let f = scope.entry(name);
            f.param = true;
            f.bound = true;
        }
        scope.params = ordered;
        Ok(())
    }

    /// Defaults and annotations are evaluated where the function is defined.
    fn visit_param_outer_parts(&mut self, params: &ast::Parameters) -> Result<(), CompileError> {
        for p in params.posonlyargs.iter().chain(params.args.iter()).chain(params.kwonlyargs.iter())
        {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
            if let Some(a) = p.parameter.annotation.as_ref().filter(|_| !self.string_annotations) {
                self.visit_expr(a)?;
            }
        }
        for p in params.vararg.iter().chain(params.kwarg.iter()) {
            if let Some(a) = p.annotation.as_ref().filter(|_| !self.string_annotations) {
                self.visit_expr(a)?;
            }
        }
        Ok(())
    }

    /// A `case` pattern: its captures bind names, its values and classes are loads.
    fn visit_pattern(&mut self, pattern: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern as P;
        match pattern {
            P::MatchValue(v) => self.visit_expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for p in &m.patterns {
                    self.visit_pattern(p)?;
                }
                if let Some(rest) = &m.rest {
                    self.bind(rest.as_str());
                }
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        self.nested(stmt.range().start(), |b| b.visit_stmt_here(stmt))
    }

    /// Runs `visit` one level deeper, or fails as CPython's compiler does past its limit.
    fn nested(
        &mut self,
        at: TextSize,
        visit: impl FnOnce(&mut Self) -> Result<(), CompileError>,
    ) -> Result<(), CompileError> {
        if self.depth >= MAX_NESTING {
            return Err(CompileError::too_deep(at));
        }
        self.depth += 1;
        let result = visit(self);
        self.depth -= 1;
        result
    }

    fn visit_stmt_here(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.visit_param_outer_parts(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.visit_expr(r)?;
                }
                self.bind(f.name.as_str());
                self.push_scope(f, ScopeKind::Function, f.name.as_str());
                self.current().is_async = f.is_async;
                self.add_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.pop_scope();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    no_repeated_keyword(args)?;
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                self.bind(c.name.as_str());
                self.push_scope(c, ScopeKind::Class, c.name.as_str());
                self.visit_body(&c.body)?;
                self.pop_scope();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                for t in &a.targets {
                    self.visit_target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.value)?;
                if let Expr::Name(n) = a.target.as_ref() {
                    self.use_name(n.id.as_str());
                }
                self.visit_target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if self.current().kind != ScopeKind::Function && !self.string_annotations {
                    self.visit_expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangled(n.id.as_str());
                    let scope = self.current();
                    let declared = scope.kind != ScopeKind::Module && a.simple;
                    let f = scope.entry(&name);
                    if declared && (f.global || f.nonlocal) {
                        let how = if f.global { "global" } else { "nonlocal" };
                        return Err(CompileError::syntax(
                            format!("annotated name '{}' can't be {how}", n.id),
                            a.range.start(),
                        ));
                    }
                }
                self.visit_target(&a.target)?;
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangled(n.id.as_str());
                    self.current().entry(&name).annotated = true;
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.iter)?;
                self.visit_target(&f.target)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                if w.is_async {
                    self.check_async_with_allowed(w.range.start())?;
                }
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_target(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.bind(name.as_str());
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.bind_import(bound);
                }
            }
            Stmt::ImportFrom(i) => {
                let from_future = i.module.as_ref().is_some_and(|m| m.as_str() == "__future__");
                if let Some(braces) =
                    i.names.iter().find(|a| from_future && a.name.as_str() == "braces")
                {
                    return Err(CompileError::syntax("not a chance", braces.range.start()));
                }
                for alias in &i.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    if bound.as_str() == "*" {
                        if self.current().kind != ScopeKind::Module {
                            return Err(CompileError::syntax(
                                "import * only allowed at module level".to_string(),
                                alias.range.start(),
                            ));
                        }
                        continue;
                    }
                    self.bind_import(bound.as_str());
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    let mangled = self.mangled(name.as_str());
                    let scope = self.current();
                    if scope.kind == ScopeKind::Module {
                        continue;
                    }
                    let f = scope.entry(&mangled);
                    if f.param {
                        return Err(CompileError::syntax(
                            format!("name '{name}' is parameter and global"),
                            g.range.start(),
                        ));
                    }
                    if f.annotated {
                        return Err(CompileError::syntax(
                            format!("annotated name '{name}' can't be global"),
                            g.range.start(),
                        ));
                    }
                    let assigned = f.bound && !f.imported;
                    if f.used || assigned {
                        let what = if assigned { "assigned to before" } else { "used prior to" };
                        return Err(CompileError::syntax(
                            format!("name '{name}' is {what} global declaration"),
                            g.range.start(),
                        ));
                    }
                    if f.nonlocal {
                        return Err(CompileError::syntax(
                            format!("name '{name}' is nonlocal and global"),
                            f.nonlocal_at,
                        ));
                    }
                    f.global = true;
                    f.global_at = g.range.start();
                }
            }
            Stmt::Nonlocal(n) => {
                let scope = self.current();
                if scope.kind == ScopeKind::Module {
                    return Err(CompileError::syntax(
                        "nonlocal declaration not allowed at module level",
                        n.range.start(),
                    ));
                }
                for name in &n.names {
                    let mangled = self.mangled(name.as_str());
                    let f = self.current().entry(&mangled);
                    if f.param {
                        return Err(CompileError::syntax(
                            format!("name '{name}' is parameter and nonlocal"),
                            n.range.start(),
                        ));
                    }
                    let assigned = f.bound && !f.imported;
                    if f.used || assigned {
                        let what = if assigned { "assigned to before" } else { "used prior to" };
                        return Err(CompileError::syntax(
                            format!("name '{name}' is {what} nonlocal declaration"),
                            n.range.start(),
                        ));
                    }
                    if f.global {
                        return Err(CompileError::syntax(
                            format!("name '{name}' is nonlocal and global"),
                            f.global_at,
                        ));
                    }
                    f.nonlocal = true;
                    f.nonlocal_at = n.range.start();
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(t) => {
                return Err(CompileError::unsupported("the `type` statement", t.range.start()));
            }
            Stmt::IpyEscapeCommand(i) => {
                return Err(CompileError::syntax("invalid syntax", i.range.start()));
            }
        }
        Ok(())
    }

    fn visit_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        match target {
            Expr::Name(n) if n.id.as_str() == "__debug__" => {
                Err(CompileError::syntax("cannot assign to __debug__", n.range.start()))
            }
            Expr::Name(n) => {
                self.bind(n.id.as_str());
                Ok(())
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.visit_target(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.visit_target(e)),
            Expr::Starred(s) => self.visit_target(&s.value),
            Expr::Attribute(a) => self.visit_expr(&a.value),
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)
            }
            other => self.visit_expr(other),
        }
    }

    fn visit_comprehension<T>(
        &mut self,
        node: &T,
        name: &str,
        generators: &[ast::Comprehension],
        elements: &[&Expr],
    ) -> Result<(), CompileError> {
        let Some(first) = generators.first() else { return Ok(()) };
        // The first iterable is evaluated in the enclosing scope.
        self.visit_expr(&first.iter)?;
        self.push_scope(node, ScopeKind::Comprehension, name);
        {
            let scope = self.current();
            scope.is_generator = name == "<genexpr>";
            let f = scope.entry(".0");
            f.param = true;
            f.bound = true;
            scope.params = vec![".0".to_string()];
        }
        let is_genexp = name == "<genexpr>";
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                // An async comprehension runs as a coroutine (an async generator for a
                // generator expression).
                self.current().is_async = true;
            }
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            self.visit_comprehension_target(&g.target);
            self.visit_target(&g.target)?;
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
        }
        for e in elements {
            self.visit_expr(e)?;
        }
        let is_async = self.current().is_async;
        self.pop_scope();
        // A comprehension holding an async one is async too (CPython's symtable).
        if is_async && !is_genexp && self.current().kind == ScopeKind::Comprehension {
            self.current().is_async = true;
        }
        Ok(())
    }

    fn visit_expr(&mut self, expr: &Expr) -> Result<(), CompileError> {
        self.nested(expr.range().start(), |b| b.visit_expr_here(expr))
    }

    fn visit_expr_here(&mut self, expr: &Expr) -> Result<(), CompileError> {
        match expr {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    self.use_name(n.id.as_str());
                    // `super()` inside a method needs the class cell, as in CPython.
                    if n.id.as_str() == "super" && self.current().kind.is_function_like() {
                        self.use_name("__class__");
                    }
                }
                _ => self.bind(n.id.as_str()),
            },
            Expr::BoolOp(b) => b.values.iter().try_for_each(|v| self.visit_expr(v))?,
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                if let Expr::Name(target) = n.target.as_ref() {
                    self.bind_named_target(target.id.as_str(), n.range.start())?;
                }
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_outer_parts(p)?;
                }
                self.push_scope(l, ScopeKind::Lambda, "<lambda>");
                if let Some(p) = &l.parameters {
                    self.add_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.pop_scope();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => s.elts.iter().try_for_each(|e| self.visit_expr(e))?,
            Expr::ListComp(c) => {
                self.visit_comprehension(c, "<listcomp>", &c.generators, &[&c.elt])?
            }
            Expr::SetComp(c) => {
                self.visit_comprehension(c, "<setcomp>", &c.generators, &[&c.elt])?
            }
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(CompileError::unsupported(
                        "dict unpacking in a comprehension",
                        c.range.start(),
                    ));
                };
                self.visit_comprehension(c, "<dictcomp>", &c.generators, &[key, &c.value])?
            }
            Expr::Generator(g) => {
                self.visit_comprehension(g, "<genexpr>", &g.generators, &[&g.elt])?
            }
            Expr::Await(a) => {
                self.check_await_allowed(a.range.start())?;
                self.visit_expr(&a.value)?;
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range.start())?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range.start())?;
                if self.current().is_async {
                    return Err(CompileError::syntax(
                        "'yield from' inside async function",
                        y.range.start(),
                    ));
                }
                self.visit_expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                c.comparators.iter().try_for_each(|e| self.visit_expr(e))?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                no_repeated_keyword(&c.arguments)?;
                c.arguments.args.iter().try_for_each(|e| self.visit_expr(e))?;
                c.arguments.keywords.iter().try_for_each(|k| self.visit_expr(&k.value))?;
            }
            Expr::FString(f) => {
                for element in f.value.elements() {
                    self.visit_interpolated(element)?;
                }
            }
            Expr::TString(t) => {
                return Err(CompileError::unsupported("template strings", t.range.start()));
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.visit_expr(e))?,
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.visit_expr(e))?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            Expr::IpyEscapeCommand(i) => {
                return Err(CompileError::syntax("invalid syntax", i.range.start()));
            }
        }
        Ok(())
    }

    fn visit_interpolated(
        &mut self,
        element: &ast::InterpolatedStringElement,
    ) -> Result<(), CompileError> {
        if let ast::InterpolatedStringElement::Interpolation(i) = element {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for e in spec.elements.iter() {
                    self.visit_interpolated(e)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, at: TextSize) -> Result<(), CompileError> {
        let scope = self.current();
        match scope.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                scope.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                Err(CompileError::syntax("'yield' inside list comprehension", at))
            }
            _ => Err(CompileError::syntax("'yield' outside function", at)),
        }
    }

    /// Marks the names a comprehension's `for` target binds as iteration variables.
    fn visit_comprehension_target(&mut self, target: &Expr) {
        match target {
            Expr::Name(n) => {
                let name = self.mangled(n.id.as_str());
                self.current().entry(&name).comp_iter = true;
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.visit_comprehension_target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.visit_comprehension_target(e)),
            Expr::Starred(s) => self.visit_comprehension_target(&s.value),
            _ => {}
        }
    }

    /// The target of `name := value`. Inside comprehensions it binds in the nearest
    /// enclosing function (as a free variable of each comprehension on the way) or module (as
    /// a global), as CPython's `symtable_extend_namedexpr_scope` does.
    fn bind_named_target(&mut self, name: &str, at: TextSize) -> Result<(), CompileError> {
        let mangled = self.mangled(name);
        let name = mangled.as_str();
        if self.current().kind != ScopeKind::Comprehension {
            self.bind(name);
            return Ok(());
        }
        let mut comprehensions = Vec::new();
        for &id in self.stack.iter().rev() {
            let scope = &self.scopes[id];
            if scope.kind == ScopeKind::Comprehension {
                if scope.flags.get(name).is_some_and(|f| f.comp_iter) {
                    return Err(CompileError::syntax(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        at,
                    ));
                }
                comprehensions.push(id);
                continue;
            }
            let global = match scope.kind {
                ScopeKind::Class => return Err(CompileError::syntax(
                    "assignment expression within a comprehension cannot be used in a class body",
                    at,
                )),
                ScopeKind::Module => true,
                _ => scope.flags.get(name).is_some_and(|f| f.global),
            };
            let is_module = scope.kind == ScopeKind::Module;
            for c in comprehensions {
                let f = self.scopes[c].entry(name);
                if global {
                    f.global = true;
                } else {
                    f.nonlocal = true;
                }
            }
            if !is_module || global {
                self.scopes[id].entry(name).bound = true;
            }
            return Ok(());
        }
        Ok(())
    }

    /// CPython's compiler refuses `async with` anywhere but directly in an `async def`.
    fn check_async_with_allowed(&mut self, at: TextSize) -> Result<(), CompileError> {
        let scope = self.current();
        if scope.kind == ScopeKind::Function && scope.is_async {
            return Ok(());
        }
        Err(CompileError::syntax("'async with' outside async function", at))
    }

    fn check_await_allowed(&mut self, at: TextSize) -> Result<(), CompileError> {
        // An await in a comprehension belongs to the enclosing async function in CPython, but
        // running such comprehensions needs async comprehension support we do not have yet.
        let scope = self.current();
        match scope.kind {
            ScopeKind::Function if scope.is_async => Ok(()),
            // The comprehension becomes async; the compiler checks where it may run.
            ScopeKind::Comprehension => {
                scope.is_async = true;
                Ok(())
            }
            ScopeKind::Function | ScopeKind::Lambda => {
                Err(CompileError::syntax("'await' outside async function", at))
            }
            _ => Err(CompileError::syntax("'await' outside function", at)),
        }
    }
}

/// `f(a=1, a=2)` is CPython's compile-time "keyword argument repeated".
fn no_repeated_keyword(arguments: &ast::Arguments) -> Result<(), CompileError> {
    let mut seen: Vec<&str> = Vec::new();
    for keyword in arguments.keywords.iter() {
        let Some(name) = &keyword.arg else { continue };
        if seen.contains(&name.as_str()) {
            return Err(CompileError::syntax(
                format!("keyword argument repeated: {name}"),
                keyword.range.start(),
            ));
        }
        seen.push(name.as_str());
    }
    Ok(())
}
