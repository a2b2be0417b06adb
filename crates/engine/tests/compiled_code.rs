//! Compiled code is bound to no run: one compilation serves many runs, each with its own
//! module globals (what the library layer relies on to compile its modules once per process).

use loopscope_engine::compiler::{compile_module, Origin};
use loopscope_engine::config::RunConfig;
use loopscope_engine::frontend::{parse_module, SourceText};
use loopscope_engine::run_compiled;
use std::rc::Rc;

#[test]
fn one_compilation_serves_two_runs_with_separate_globals() {
    let text = "\
import asyncio
counter = 0

async def bump(n):
    global counter
    await asyncio.sleep(n)
    counter += n
    return counter

async def main():
    print(await asyncio.gather(bump(1), bump(2)), counter)

try:
    print('before', seen)
except NameError as e:
    print(e)
seen = True
asyncio.run(main())
";
    let source = Rc::new(SourceText::new("shared.py".to_string(), text));
    let module = parse_module(&source).expect("parses");
    let compiled = compile_module(&module, &source, Origin::Program).expect("compiles");
    let config =
        || RunConfig { filename: "shared.py".into(), instr_cost_ns: 0.0, ..RunConfig::default() };
    let first = run_compiled(source.clone(), &compiled, config());
    let second = run_compiled(source.clone(), &compiled, config());
    let expected = "name 'seen' is not defined\n[1, 3] 3\n";
    assert_eq!(first.stdout, expected, "{}", first.stderr);
    assert_eq!(second.stdout, expected, "the second run starts from fresh globals");
    assert_eq!(first.stdout_timestamped, second.stdout_timestamped);
}
