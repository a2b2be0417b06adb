//! The top-level outline of a module: what it defines and imports, with lines.

use super::SourceText;
use ruff_python_ast::{Expr, ModModule, Stmt};
use ruff_text_size::Ranged;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefinitionKind {
    Function,
    AsyncFunction,
    Class,
    Variable,
    Import,
}

impl DefinitionKind {
    /// The keyword a reader recognises the definition by.
    pub fn label(self) -> &'static str {
        match self {
            DefinitionKind::Function => "def",
            DefinitionKind::AsyncFunction => "async def",
            DefinitionKind::Class => "class",
            DefinitionKind::Variable => "variable",
            DefinitionKind::Import => "import",
        }
    }
}

/// One name bound at module level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub kind: DefinitionKind,
    pub name: String,
    pub line: u32,
}

/// The names a module binds at its top level, in source order.
pub fn outline(module: &ModModule, source: &SourceText) -> Vec<Definition> {
    let mut out = Vec::new();
    for stmt in &module.body {
        let line = source.line_of(stmt.range().start().to_u32());
        let mut push =
            |kind, name: &str| out.push(Definition { kind, name: name.to_string(), line });
        match stmt {
            Stmt::FunctionDef(f) if f.is_async => {
                push(DefinitionKind::AsyncFunction, f.name.as_str())
            }
            Stmt::FunctionDef(f) => push(DefinitionKind::Function, f.name.as_str()),
            Stmt::ClassDef(c) => push(DefinitionKind::Class, c.name.as_str()),
            Stmt::Assign(a) => {
                for target in &a.targets {
                    for name in bound_names(target) {
                        push(DefinitionKind::Variable, name);
                    }
                }
            }
            Stmt::AnnAssign(a) => {
                for name in bound_names(&a.target) {
                    push(DefinitionKind::Variable, name);
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    push(DefinitionKind::Import, name.as_str());
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    push(DefinitionKind::Import, name.as_str());
                }
            }
            _ => {}
        }
    }
    out
}

/// The plain names an assignment target binds (`a`, `a, b = ...`, `[a, *b] = ...`).
fn bound_names(target: &Expr) -> Vec<&str> {
    match target {
        Expr::Name(n) => vec![n.id.as_str()],
        Expr::Tuple(t) => t.elts.iter().flat_map(bound_names).collect(),
        Expr::List(l) => l.elts.iter().flat_map(bound_names).collect(),
        Expr::Starred(s) => bound_names(&s.value),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontend::parse_module;

    #[test]
    fn lists_top_level_names_in_order() {
        let text =
            "import asyncio\nfrom time import sleep as nap\n\nDELAY, (A, *B) = 1, (2, 3)\n\n\
                    class Worker:\n    def run(self): pass\n\ndef helper():\n    pass\n\n\
                    async def main():\n    await asyncio.sleep(DELAY)\n\nasyncio.run(main())\n";
        let source = SourceText::new("t.py", text);
        let module = parse_module(&source).expect("valid");
        let defs = outline(&module, &source);
        let got: Vec<(&str, &str, u32)> =
            defs.iter().map(|d| (d.kind.label(), d.name.as_str(), d.line)).collect();
        assert_eq!(
            got,
            vec![
                ("import", "asyncio", 1),
                ("import", "nap", 2),
                ("variable", "DELAY", 4),
                ("variable", "A", 4),
                ("variable", "B", 4),
                ("class", "Worker", 6),
                ("def", "helper", 9),
                ("async def", "main", 12),
            ]
        );
    }
}
