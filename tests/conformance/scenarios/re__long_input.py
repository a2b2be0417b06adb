# Long inputs: repeats over thousands of characters, lazy scans and many matches run
# without deep recursion; purge() empties the pattern cache and escape() quotes text so it
# matches literally.
import re

text = "x" * 10000 + "END"
print(len(re.match(r".*", text).group()), re.search(r".*?END", text).end())
print(len(re.match(r"(?:xx)*", text).group()), re.match(r"(x|y)*END", text).group(1))
print(len(re.findall(r"x", text)), len(re.split(r"(?<=x)(?=x)", text[:500])))
words = " ".join(f"w{i}" for i in range(2000))
print(len(re.findall(r"\bw\d+\b", words)), re.sub(r"\d+", "#", words)[:30])
print(re.search(r"(x+x+)+y", "x" * 14))
print(re.escape("1+1=2? (a|b) [c] {d} ^$ .*\\ ~&#-"), re.escape("naïve_ok"))
print(re.search(re.escape("a.b*"), "xxa.b*yy"))
re.purge()
print(re.compile("a") is re.compile("a"), re.compile("a") == re.compile("a"))
print(re.compile(re.compile("b")).pattern, hash(re.compile("a")) == hash(re.compile("a")))
