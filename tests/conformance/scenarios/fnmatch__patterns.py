# fnmatch: shell patterns with *, ?, [seq], [!seq], ranges (also empty and reversed ones),
# an unclosed bracket, filter over names, bytes patterns, and translate's regex text.
import fnmatch
import posixpath

names = ["main.py", "test_main.py", "README.md", ".hidden", "data1.csv", "data2.csv",
         "data10.csv", "Makefile", "a[b].txt"]
for pattern in ("*.py", "test_*", "data?.csv", "data[0-9]*.csv", "[!.]*", "*", "?", "[A-Z]*",
                "a[[]b].txt", "*.[cm][sd]*", ".*"):
    print(pattern, fnmatch.filter(names, pattern))

print(fnmatch.fnmatch("Hello.TXT", "*.txt"), fnmatch.fnmatchcase("Hello.TXT", "*.TXT"))
print(fnmatch.fnmatch("x[", "x["), fnmatch.fnmatch("a-b", "a[-]b"), fnmatch.fnmatch("a\\b", "a[\\]b"))
print(fnmatch.fnmatchcase(b"log.txt", b"*.txt"), fnmatch.fnmatchcase("z", "[z-a]"))
print(fnmatch.fnmatchcase("line1\nline2", "line*"), fnmatch.fnmatchcase("b", "[!]]"))
for pattern in ("*.py", "a*b*c", "[!a-c]?", "[z-a]", "[a-c-e]x", "data[!]", "x[", "**y", "[^x]",
                "[a&&b]", "[]]", "[!]", "[\\]"):
    print(repr(pattern), fnmatch.translate(pattern))
print(posixpath.join("a", "b"), posixpath is fnmatch.os.path)
try:
    fnmatch.fnmatch(3, "*")
except TypeError as exc:
    print("TypeError:", exc)
