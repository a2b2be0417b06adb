//! The playground's state and the actions that change it.

use crate::engine::frontend::{outline, parse_module, Definition, SourceText, SyntaxError};
use std::rc::Rc;
use yew::Reducible;

/// The program shown on first visit.
pub const DEFAULT_PROGRAM: &str = r#"import asyncio
import time


async def brew(drink, seconds):
    print(f"{drink}: started")
    await asyncio.sleep(seconds)  # yields to the event loop
    print(f"{drink}: ready after {seconds}s")
    return drink


async def main():
    start = time.monotonic()
    # Both coroutines become tasks; the loop interleaves them.
    results = await asyncio.gather(brew("tea", 3), brew("coffee", 2))
    print(results, f"in {time.monotonic() - start:.0f}s, not 5s")


asyncio.run(main())
"#;

/// The file name the program has in messages and tracebacks.
pub const PROGRAM_NAME: &str = "main.py";

/// What the last Run produced.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Nothing has run since the page opened.
    NotRun,
    /// The program parsed: what it defines at the top level.
    Outline(Vec<Definition>),
    /// The program does not parse.
    Error(SyntaxError),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Playground {
    pub program: String,
    pub outcome: Outcome,
    /// True when the program changed since the last Run, so the output is stale.
    pub edited_since_run: bool,
}

pub enum Action {
    Edit(String),
    Run,
}

impl Playground {
    pub fn new(program: String) -> Self {
        Self { program, outcome: Outcome::NotRun, edited_since_run: false }
    }
}

impl Reducible for Playground {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(program) => {
                next.edited_since_run = program != next.program || next.edited_since_run;
                next.program = program;
            }
            Action::Run => {
                let source = SourceText::new(PROGRAM_NAME, next.program.clone());
                next.outcome = match parse_module(&source) {
                    Ok(module) => Outcome::Outline(outline(&module, &source)),
                    Err(error) => Outcome::Error(error),
                };
                next.edited_since_run = false;
            }
        }
        Rc::new(next)
    }
}
