import difflib, sys
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
sys.stdout.writelines(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py'))
sys.stdout.writelines(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py'))
for line in difflib.unified_diff(['one', 'two', 'three'], ['one', 'three', 'four'],
                                 'a', 'b', '2005-01-26 23:30:50', '2010-04-02 10:20:52', lineterm=''):
    print(line)
a = [f"line {i}\n" for i in range(30)]
b = list(a); b[3] = "changed\n"; del b[15]; b.insert(25, "new\n")
print("".join(difflib.unified_diff(a, b, n=2)), end="")
print("".join(difflib.context_diff(a, b, n=1)), end="")
print(list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff([], ["x\n"])))
print(list(difflib.context_diff(["x\n"], [])))
print(list(difflib.unified_diff(["a\n"], ["a\n", "b\n"], n=0)))
print(list(difflib.context_diff(["a\n", "c\n"], ["a\n", "b\n", "c\n"], n=0)))
try:
    list(difflib.unified_diff([b"x"], ["y"]))
except TypeError as e:
    print(e)
try:
    list(difflib.unified_diff(["x"], ["y"], fromfile=b"a"))
except TypeError as e:
    print(e)
out = difflib.diff_bytes(difflib.unified_diff, [b"cafe!\n", b"x\n"], [b"cafe\n", b"x\n"], b"a.txt", b"b.txt")
for line in out:
    print(line)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["x"], [b"y"]))
except TypeError as e:
    print(e, repr(e.__cause__))
print(list(difflib.diff_bytes(difflib.context_diff, [b"a\n"], [b"b\n"])))
