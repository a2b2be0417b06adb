"""Writes crates/engine/data/interned_words.txt: the lowercase words CPython 3.11 has interned
by the time the harness compiles a scenario (everything the interpreter's start-up and the
harness's own imports interned).

Why the engine needs them: a set display of constants (`{"cherry", "date", "fig"}`) compiles
to a frozenset constant, and when the code object interns its string constants, a string that
an equal one was interned before is replaced, which rebuilds the frozenset and can change the
set's iteration order (`engine::compiler::fold`). Only lowercase words of two letters or more
are listed: what a program's set of strings usually holds, at a size the page can carry.

    python3 tests/conformance/interned_words.py      # rewrite the file

A word counts as interned if `sys.intern` of a fresh copy returns another object. The words
tried are every string the loaded modules' code objects, module dicts and class dicts hold:
no literal of this script can intern a candidate by accident, since candidates are never
written here."""

import importlib.util
import os
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "crates", "engine", "data", "interned_words.txt")


def load_harness():
    spec = importlib.util.spec_from_file_location("harness", os.path.join(HERE, "harness.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)


def strings_of_code(code, into):
    into.update(code.co_names, code.co_varnames, code.co_cellvars, code.co_freevars)
    for const in code.co_consts:
        if isinstance(const, str):
            into.add(const)
        elif isinstance(const, types.CodeType):
            strings_of_code(const, into)
        elif isinstance(const, (tuple, frozenset)):
            into.update(c for c in const if isinstance(c, str))


def candidates():
    found = set()
    for module in list(sys.modules.values()):
        for key, value in list(getattr(module, "__dict__", {}).items()):
            found.add(key)
            if isinstance(value, types.FunctionType):
                strings_of_code(value.__code__, found)
            if isinstance(value, type):
                for name, member in value.__dict__.items():
                    found.add(name)
                    function = getattr(member, "__func__", member)
                    if isinstance(getattr(function, "__code__", None), types.CodeType):
                        strings_of_code(function.__code__, found)
    for kind in (str, bytes, int, float, list, dict, set, tuple, object, type, complex,
                 frozenset, bytearray, memoryview, range, slice, BaseException):
        found.update(kind.__dict__)
    return found


def interned(word):
    fresh = "".join(list(word))
    return sys.intern(fresh) is not fresh


def main():
    load_harness()
    words = sorted(w for w in candidates()
                   if isinstance(w, str) and w.isascii() and w.isalpha() and w.islower()
                   and len(w) > 1 and interned(w))
    with open(OUT, "w") as f:
        f.write("\n".join(words) + "\n")
    print(f"{len(words)} words -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
