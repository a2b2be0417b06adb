import difflib, sys
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
sys.stdout.writelines(result)
print(result)
diff = difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                     'ore\ntree\nemu\n'.splitlines(keepends=True))
diff = list(diff)
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print(e)
print(list(difflib.ndiff(["a\tb\n", "same\n"], ["a\tc\n", "same\n", "new\n"])))
print(list(difflib.ndiff(["abcdefgh"], ["abXdefgh", "abcdefgh"])))
print(list(difflib.ndiff(["x", "y", "z"], ["p", "q"])))
print(list(difflib.ndiff(["x"], ["p", "q", "r"])))
print(list(difflib.ndiff(["  # \n", "code\n"], ["code\n", "\n"], linejunk=difflib.IS_LINE_JUNK)))
print([difflib.IS_LINE_JUNK(s) for s in ["\n", "  #   \n", "hello\n", "#x", "", " # \t"]])
print([difflib.IS_CHARACTER_JUNK(c) for c in " \t\nx#"])
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(["the cat sat"], ["the bat sat down"])))
print(list(difflib.ndiff(["private Thread currentThread;"], ["private volatile Thread currentThread;"])))
