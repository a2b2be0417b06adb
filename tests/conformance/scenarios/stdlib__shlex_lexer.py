import shlex

lex = shlex.shlex('foo "bar baz" 12.5 a-b # comment\nnext line')
toks = []
while (tok := lex.get_token()) != lex.eof:
    toks.append((tok, lex.lineno))
print(toks, repr(lex.eof))

lex = shlex.shlex('one two three')
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), list(lex))

lex = shlex.shlex('a = "b c"', posix=True)
print(list(lex), lex.eof)

lex = shlex.shlex('key: value; other=thing')
lex.wordchars += ':'
lex.commenters = ';'
print(list(lex))

lex = shlex.shlex('a b\nc "d', infile='cfg.txt', posix=True)
try:
    print(list(lex))
except ValueError as e:
    print(lex.error_leader() + str(e), lex.error_leader('x', 9))

lex = shlex.shlex('x|y|z w', posix=True)
lex.whitespace = '|'
lex.whitespace_split = True
print(list(lex))

lex = shlex.shlex('a\\"b "c\\d" \'e\\f\'', posix=True)
print(list(lex))

lex = shlex.shlex("x 'y'", posix=True)
lex.debug = 3
print(list(lex))

lex = shlex.shlex("outer\nstream")
lex.push_source("inner words", "inner.txt")
print(lex.get_token(), lex.infile, list(lex), lex.infile)
