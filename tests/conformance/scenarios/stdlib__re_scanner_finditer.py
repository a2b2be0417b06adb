# re: finditer's callable_iterator over Pattern.scanner (match/search going on, empty
# matches, pos/endpos kept on every match) and re.Scanner's lexicon with actions.
import re
it = re.finditer(r"\d", "a1b2")
print(type(it).__name__, [m.group() for m in it], list(it))
print([(m.span(), m.pos, m.endpos) for m in re.compile(r"a*").finditer("baac", 1, 3)])
print([m.span() for m in re.finditer(r"\b|x", "ab x")], re.findall(r"a*|b", "aab"), re.sub(r"x*", "-", "abxd"))
sc = re.compile(r"\w+|(?P<sp>\s+)").scanner("hi  there!")
print(type(sc).__name__, type(sc).__module__, sc.pattern)
print(sc.match(), sc.match(), sc.search(), sc.match(), sc.search(), sc.search())
sc = re.compile(r"").scanner("ab")
print([sc.search().span() for _ in range(3)], sc.search())
sc = re.compile(r"a?").scanner("ab")
print(sc.match().span(), sc.match().span(), sc.match(), sc.match())
print(re.compile(rb"\d").finditer(b"1x2").__next__())
def ident(scanner, token): return ("ID", token, scanner.match.span())
sc = re.Scanner([(r"[a-z_]\w*", ident), (r"\d+(?:\.\d+)?", lambda s, t: ("NUM", float(t))),
                 (r"\s+", None), (r"[-+*/=()]", lambda s, t: t), (r"#.*", "COMMENT")])
print(sc.scan("x = 3.5 * (y_1 + 20) # hi"))
print(sc.scan("a = b ? c"))
print(re.Scanner([(r"A", 1), (r"b", 2)], re.I).scan("aBab!"), re.Scanner([(rb"x", 1)]).scan(b"xxy"))
print(re.Scanner([(r"a*", 1)]).scan("bbb"))
try: re.Scanner([])
except RuntimeError as e: print(e)
