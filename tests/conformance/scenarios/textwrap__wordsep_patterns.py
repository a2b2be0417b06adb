# TextWrapper.wordsep_simple_re: the whitespace-run pattern split() uses when break_on_hyphens is
# false; a subclass (or instance) that replaces it, or that sets its own wordsep_re, has its
# pattern split the text, as in CPython.
import textwrap, re
print(repr(textwrap.TextWrapper.wordsep_simple_re.pattern), textwrap.TextWrapper.wordsep_simple_re.flags)
w = textwrap.TextWrapper(width=12)
print(w.wordsep_simple_re is textwrap.TextWrapper.wordsep_simple_re)
print(w.wordsep_simple_re.split("a  b\tc-d"))
text = "hello-world state-of-the-art  split\there and there, ok-ok"
print(textwrap.wrap(text, 12, break_on_hyphens=False))
class Commas(textwrap.TextWrapper):
    wordsep_simple_re = re.compile(r'(\s+|,)')
print(Commas(width=10, break_on_hyphens=False).wrap("a,b,c,d,e,f,g,h,i,j,k and more words"))
class Words(textwrap.TextWrapper):
    wordsep_re = re.compile(r'(\s+)')
print(Words(width=12).wrap(text))
print(textwrap.TextWrapper(width=12)._split(text))
w = textwrap.TextWrapper(width=10, break_on_hyphens=False)
w.wordsep_simple_re = re.compile(r'(-)')
print(w._split("ab-cd ef-gh"))
print(textwrap.fill("one two three four five six seven", width=9, break_on_hyphens=False))
print(textwrap.TextWrapper(width=8, break_on_hyphens=False)._split("x\ty\n z"))
print(Commas(width=6, break_on_hyphens=False)._split("p,q r"))
