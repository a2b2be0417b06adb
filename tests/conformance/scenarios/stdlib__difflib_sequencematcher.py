import difflib
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
for op in s.get_opcodes():
    print(op)
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
a = list(range(1, 40)); b = list(range(1, 40)); b[20] = 100; b[5:7] = []
print(list(difflib.SequenceMatcher(None, a, b).get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(1)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("lamda", ["lambda", "lam", "llama", "ladder", "lambada"], n=2, cutoff=0.3))
for bad in [dict(n=0), dict(cutoff=1.5), dict(n=-1)]:
    try:
        difflib.get_close_matches("x", ["y"], **bad)
    except ValueError as e:
        print("ValueError:", e)
print(difflib.Match(1, 2, 3), difflib.SequenceMatcher[int])
x = "a" * 150 + "b" * 100
sm = difflib.SequenceMatcher(None, x, x)
print(sm.ratio(), sorted(sm.bpopular), len(sm.b2j))
sm = difflib.SequenceMatcher(None, x, x, autojunk=False)
print(sm.ratio(), sm.bpopular, sorted(sm.b2j))
sm = difflib.SequenceMatcher(lambda c: c in "ab", "xaby", "xbay")
print(sm.bjunk == {"a", "b"}, sm.get_matching_blocks(), sm.ratio())
print(difflib.SequenceMatcher(None, "", "").ratio(), list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))
sm.set_seqs("hello world", "yellow world"); print(sm.get_opcodes())
sm.set_seq1("abc"); print(sm.ratio())
