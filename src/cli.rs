//! The `loopscope` command line (native builds only).

use crate::engine::frontend::{outline, parse_module, SourceText};
use std::process::ExitCode;

const USAGE: &str = "\
usage: loopscope <command> ...

commands:
  check FILE.py    parse FILE.py as Python 3.11; print its top-level definitions,
                   or the syntax error as CPython reports it (exit status 1)
";

/// Runs the CLI with `args` (without the program name) and returns the process exit status.
pub fn main(args: &[String]) -> ExitCode {
    match args {
        [command, file] if command == "check" => check(file),
        [flag] if flag == "--help" || flag == "-h" || flag == "help" => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn check(path: &str) -> ExitCode {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("loopscope: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let source = SourceText::new(path, text);
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
