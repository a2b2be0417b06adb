//! The Python-source library modules (functools, collections, abc, ...) stop the run with
//! "not supported yet" (exit status 2, naming the construct and the line) for a name
//! CPython's module has and Loopscope's lacks, and raise CPython's own AttributeError or
//! ImportError for a name CPython lacks too.

use loopscope_engine::config::RunConfig;
use loopscope_engine::{run_program, Stop};

#[test]
fn names_cpython_has_are_unsupported_constructs() {
    let cases = [
        ("import functools\nx = 1\nfunctools.recursive_repr\n", 3, "functools.recursive_repr"),
        ("from collections import UserDict\n", 1, "collections.UserDict"),
        (
            "import abc\n\nclass A(abc.ABC):\n    x = abc.abstractproperty\n",
            4,
            "abc.abstractproperty",
        ),
        ("import contextlib\ncontextlib.chdir('.')\n", 2, "contextlib.chdir"),
    ];
    for (source, line, construct) in cases {
        let outcome = run_program(source, RunConfig::default());
        assert_eq!(outcome.exit_status(), 2, "{source:?}: {}", outcome.stderr);
        match &outcome.stop {
            Stop::Unsupported { construct: c, line: l } => {
                assert!(c.contains(construct), "{c}");
                assert_eq!(*l, line, "{source:?}");
            }
            other => panic!("{source:?}: {other:?}"),
        }
    }
}

#[test]
fn names_cpython_lacks_are_its_own_errors() {
    let cases = [
        (
            "import functools\nfunctools.nothing\n",
            "AttributeError: module 'functools' has no attribute 'nothing'",
        ),
        (
            "from textwrap import nothing\n",
            "ImportError: cannot import name 'nothing' from 'textwrap' (<stdlib>/textwrap.py)",
        ),
        (
            "import pprint.sub\n",
            "ModuleNotFoundError: No module named 'pprint.sub'; 'pprint' is not a package",
        ),
    ];
    for (source, last_line) in cases {
        let outcome = run_program(source, RunConfig::default());
        assert_eq!(outcome.exit_status(), 1, "{source:?}: {}", outcome.stderr);
        assert_eq!(outcome.stderr.lines().last(), Some(last_line), "{}", outcome.stderr);
    }
}
