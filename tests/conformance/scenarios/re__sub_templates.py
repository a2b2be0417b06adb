# re.sub and re.subn replace every match (or `count` of them): a string template may name
# groups with \1 or \g<name> (\g<0> is the whole match), a function receives each Match.
# subn also says how many replacements were made. Unmatched groups expand to "".
import re

print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@example.com or eve@corp.com"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "hi there", count=1))
print(re.subn(r"\s+", " ", "a   b \t c\n\nd"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub(r"(a)|b", r"[\1]", "abab"))
print(re.sub(r"x", r"\n-\t|", "axb"), re.sub("-", r"\\", "a-b"))
print(re.sub(r"(\d)(\d)", r"\g<2>\g<1>0", "12 34"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "regular expressions", 3))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"))
print(re.subn(r"z", "y", "abc"))
p = re.compile(r"(\w+)=(\w+)")
print(p.sub(r"\2=\1", "a=1, b=2"), p.subn(r"\g<0>;", "k=v"))
for template in (r"\3", r"\g<nope>", r"\q", "\\", r"\g<1"):
    try:
        p.sub(template, "a=1")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
