"""Python's keywords and soft keywords (CPython's `keyword`, written for Loopscope: the lists
are 3.11's grammar's)."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False',
    'None',
    'True',
    'and',
    'as',
    'assert',
    'async',
    'await',
    'break',
    'class',
    'continue',
    'def',
    'del',
    'elif',
    'else',
    'except',
    'finally',
    'for',
    'from',
    'global',
    'if',
    'import',
    'in',
    'is',
    'lambda',
    'nonlocal',
    'not',
    'or',
    'pass',
    'raise',
    'return',
    'try',
    'while',
    'with',
    'yield'
]

softkwlist = [
    '_',
    'case',
    'match'
]


# CPython binds `frozenset(...).__contains__`; a closure over the frozenset answers the same
# (one hash lookup, CPython's TypeError for an unhashable argument) and adds no module names.
def _member_test(words):
    words = frozenset(words)

    def __contains__(word):
        return word in words

    return __contains__


iskeyword = _member_test(kwlist)
issoftkeyword = _member_test(softkwlist)
del _member_test
