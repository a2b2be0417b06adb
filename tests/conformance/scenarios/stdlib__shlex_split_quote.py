import shlex

cases = [
    'ls -l "my file.txt" \'single q\'', 'a\\ b c', 'echo "a \\"q\\" b"', "it's",
    'x=1 y="2 3" # comment', 'a"b"c \'d\'e', '"" \'\' x', 'foo\\', '"unterminated',
    'echo $HOME "$USER"', '  spaced   out  ', '', 'tab\tsep\nnl', '"\\\\x\\y"',
    'ñandú über', 'a#b # c', '--name="John Smith" --age=30 -v',
]
for c in cases:
    for posix in (True, False):
        try:
            print(repr(c), posix, shlex.split(c, posix=posix), shlex.split(c, comments=True, posix=posix))
        except ValueError as e:
            print(repr(c), posix, 'ValueError:', e)

for s in ['', 'abc', 'a b', "it's", 'x@y%z+=:,./-', 'é', '$HOME', 'a\nb', '*.py']:
    print(repr(s), shlex.quote(s))
cmd = ['ls', '-l', 'my file', "it's", '']
print(shlex.join(cmd))
print(shlex.split(shlex.join(cmd)) == cmd)
for bad in (5, ['a', 3]):
    try:
        shlex.quote(bad) if bad == 5 else shlex.join(bad)
    except TypeError as e:
        print('TypeError:', e)
