//! `loopscope check` and `loopscope dis`: what the front end and the compiler make of a file,
//! without running it.

use crate::read_bytes;
use loopscope_engine::compiler::{compile_module, Origin};
use loopscope_engine::frontend::{decode_source, outline, parse_module, SourceError, SourceText};
use loopscope_engine::vm::value::Value;
use std::path::Path;
use std::process::ExitCode;

/// The file as the front end sees it: its text under the name it was given.
fn source(path: &Path) -> Result<SourceText, ExitCode> {
    let bytes = read_bytes(path)?;
    let name = path.to_string_lossy().into_owned();
    match decode_source(&bytes, &name) {
        Ok(text) => Ok(SourceText::new(name, text.into_owned())),
        Err(SourceError::Unsupported { construct, line }) => {
            eprintln!("loopscope: line {line}: {construct} is not supported yet");
            Err(ExitCode::from(2))
        }
        Err(e) => {
            eprint!("{}", e.render(&name));
            Err(ExitCode::from(1))
        }
    }
}

pub fn check(path: &Path) -> ExitCode {
    let source = match source(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match parse_module(&source) {
        Ok(module) => {
            for def in outline(&module, &source) {
                println!("{:>4}  {:<9}  {}", def.line, def.kind.label(), def.name);
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprint!("{}", error.render(&source));
            ExitCode::from(1)
        }
    }
}

pub fn dis(path: &Path) -> ExitCode {
    let source = match source(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let module = match parse_module(&source) {
        Ok(m) => m,
        Err(error) => {
            eprint!("{}", error.render(&source));
            return ExitCode::from(1);
        }
    };
    let code = match compile_module(&module, &source, Origin::Program) {
        Ok(compiled) => compiled.code,
        Err(e) => {
            eprintln!("line {}: {}", source.line_of(e.offset.to_u32()), e.message);
            return ExitCode::from(1);
        }
    };
    let mut pending = vec![code];
    while let Some(code) = pending.pop() {
        println!("Disassembly of {}:", code.qualname);
        for line in code.disassemble() {
            let lineno = line.line.map(|l| format!("{l:>4}")).unwrap_or_else(|| "    ".into());
            println!("{lineno} {:>6} {:<22} {}", line.index, line.name, line.argument);
        }
        println!();
        for c in code.consts.iter().rev() {
            if let Value::Code(inner) = c {
                pending.push(inner.clone());
            }
        }
    }
    ExitCode::SUCCESS
}
