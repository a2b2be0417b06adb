import shlex

s = "a && b; c > out.txt || (d|e) 2>&1 ~/x-y.txt *.py"
for pc in (False, True, '|&', ';'):
    lex = shlex.shlex(s, posix=True, punctuation_chars=pc)
    print(repr(pc), repr(lex.punctuation_chars), list(lex))
    lex = shlex.shlex(s, punctuation_chars=pc)
    lex.whitespace_split = True
    print(repr(pc), list(lex))

lex = shlex.shlex('cmd --opt=val ~/path/*.txt', punctuation_chars=True)
print(list(lex), lex.wordchars[-10:])

for text in ['"a"b', "'a'\"b\"", 'a\\\nb', '\\', '"\\', "'\\'", '"a\\""']:
    try:
        print(repr(text), shlex.split(text))
    except ValueError as e:
        print(repr(text), 'ValueError:', e)

print(repr(shlex.shlex('  ').get_token()), repr(shlex.shlex('  ', posix=True).get_token()))
print(list(shlex.shlex("a 'b'")), list(shlex.shlex('"x y"')))
try:
    list(shlex.shlex('"open'))
except ValueError as e:
    print('ValueError:', e)
