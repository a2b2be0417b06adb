# An apostrophe inside a single-quoted string: the parser fails first, but CPython's
# tokenizer then finds the unterminated string, and that error is the one reported.
name = 'Ann'
print('it's ' + name)
