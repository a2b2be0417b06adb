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
        (
            "import abc, weakref\n\nclass A(abc.ABC):\n    x = weakref.KeyedRef\n",
            4,
            "weakref.KeyedRef",
        ),
        ("import random\nrandom.SystemRandom()\n", 2, "random.SystemRandom"),
        ("import urllib.request\n", 1, "importing 'urllib.request'"),
        ("from urllib import error\n", 1, "urllib.error"),
        ("x = 1\nfrom http import cookies\n", 2, "importing 'http.cookies'"),
        ("from json import tool\n", 1, "importing 'json.tool'"),
        ("from urllib.parse import splittype\n", 1, "urllib.parse.splittype"),
        ("import calendar\ncalendar.LocaleTextCalendar()\n", 2, "calendar.LocaleTextCalendar"),
        ("import binascii\nbinascii.b2a_qp(b'')\n", 2, "binascii.b2a_qp"),
        ("import hashlib\nhashlib.scrypt(b'', salt=b'', n=2, r=1, p=1)\n", 2, "hashlib.scrypt"),
        ("import hashlib\nh = hashlib.new('ripemd160')\n", 2, "hashlib.new('ripemd160')"),
        ("import hashlib\nhashlib.pbkdf2_hmac('sm3', b'', b'', 1)\n", 2, "pbkdf2_hmac('sm3')"),
        ("import uuid\n\nuuid.uuid1()\n", 3, "uuid.uuid1"),
        ("import secrets\nsecrets.SystemRandom()\n", 2, "secrets.SystemRandom"),
        ("import timeit\n\ntimeit.timeit('1 + 1')\n", 3, "`timeit` with a stmt given as a string"),
        ("import timeit\ntimeit.Timer(setup='x = 1')\n", 2, "`timeit` with a setup given as"),
        ("import timeit\ntimeit.gc\n", 2, "timeit.gc"),
        ("import weakref\n\nweakref.proxy(weakref)\n", 3, "weakref.proxy"),
        ("import weakref\nweakref.KeyedRef\n", 2, "weakref.KeyedRef"),
        (
            "import typing\ndef f(x: 'int if x else str'): pass\ntyping.get_type_hints(f)\n",
            3,
            "typing: evaluating the annotation 'int if x else str'",
        ),
        ("import shutil\nshutil.which('ls')\n", 2, "shutil.which"),
        (
            "import multiprocessing\nmultiprocessing.get_context('spawn')\n",
            2,
            "the 'spawn' start method",
        ),
        ("import unittest.mock\n", 1, "importing 'unittest.mock'"),
        ("import difflib\nx = 1\ndifflib.HtmlDiff()\n", 3, "difflib.HtmlDiff"),
        (
            "import weakref\ndef f(): pass\nweakref.ref(f, print)\n",
            3,
            "a weak reference callback on a 'function' object",
        ),
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
        ("import urllib.nothing\n", "ModuleNotFoundError: No module named 'urllib.nothing'"),
    ];
    for (source, last_line) in cases {
        let outcome = run_program(source, RunConfig::default());
        assert_eq!(outcome.exit_status(), 1, "{source:?}: {}", outcome.stderr);
        assert_eq!(outcome.stderr.lines().last(), Some(last_line), "{}", outcome.stderr);
    }
}

/// `from module import *` binds what CPython's would; a name CPython's module exports and
/// ours lacks is "not supported yet" where the program uses it, never a NameError, and a
/// name no module exported stays CPython's NameError.
#[test]
fn star_imports_stop_at_names_only_cpython_has() {
    let unsupported = [
        ("from os import *\nx = 1\nprint(access(\".\", 0))\n", 3, "os.access"),
        ("from weakref import *\n\n\nx = ProxyType\n", 4, "weakref.ProxyType"),
    ];
    for (source, line, construct) in unsupported {
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
    let outcome =
        run_program("from math import *\nprint(sqrt(4))\nundefined_thing\n", RunConfig::default());
    assert_eq!(outcome.exit_status(), 1, "{}", outcome.stderr);
    assert_eq!(outcome.stdout, "2.0\n");
    assert_eq!(
        outcome.stderr.lines().last(),
        Some("NameError: name 'undefined_thing' is not defined")
    );
}
