# strip() removes characters from the ends: whitespace by default, or any of the given
# characters (a set, not a prefix). split() without a separator splits on runs of
# whitespace and drops empty parts; with a separator every occurrence counts.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("".strip()))
print(repr("xxhixyx".strip("xy")), repr("www.example.com".strip("cmowz.")), repr("abc".strip("")))
print(repr("--==x==--".lstrip("-=")), repr("--==x==--".rstrip("=-")), repr("aaa".strip("a")))
print("a b  c".split(), " a b ".split(), "".split(), "   ".split(), "a,b,,c".split(","))
print("".split(","), ",".split(","), "a,b,c".split(",", 1), "a,b,c".split(",", 0))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "a,b,c".rsplit(",", 1))
print("a::b::c".split("::"), "a::b::c".split("::", -1), "  x  y  ".split(" "))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\n\ny".splitlines(), "".splitlines())
print("a\nb\n".splitlines(True), "line".splitlines(), "a\x0bb\x0cc\x1cd".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print(" ".join("a  b c".split()), "-".join(reversed("a,b,c".split(","))))
print("1 2 3".split(maxsplit=1), "1,2,3".rsplit(sep=",", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".strip(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "a=b".partition("")
except ValueError as e:
    print("ValueError:", e)
