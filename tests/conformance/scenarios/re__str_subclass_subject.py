# A subject of a str subclass: groups, findall, split and sub pieces are exact str (C takes
# substrings of the character data, never through the subclass's __getitem__), while
# Match.string is the object itself.
import re


class Text(str):
    def __getitem__(self, index):
        return Text(str.__getitem__(self, index))

    def __str__(self):
        return "Text!"

    def upper(self):
        return Text(str.upper(self))


subject = Text("hello world, hello re")
m = re.search(r"(?P<first>w\w+)", subject)
print(type(m.group()).__name__, m.group(), type(m["first"]).__name__, m.groups())
print(type(m.string).__name__, m.string is subject, m.groupdict())
found = re.findall(r"\w+", subject)
print(found, {type(x).__name__ for x in found})
pairs = re.findall(r"(h)(e)", subject)
print(pairs, {type(x).__name__ for pair in pairs for x in pair})
pieces = re.split(r"(,) ", subject)
print(pieces, {type(x).__name__ for x in pieces})
replaced = re.sub(r"hello", "bye", subject)
print(replaced, type(replaced).__name__)
print(type(re.sub("zzz", "-", subject)).__name__)
print(re.subn(r"(l+)", lambda mm: mm.group(1).upper(), subject))
print([type(mm.group()).__name__ for mm in re.finditer(r"o", subject)])
print(type(re.fullmatch(r".*", subject).group()).__name__)
print(m.expand(r"<\g<first>>"), type(m.expand(r"<\1>")).__name__)
print(m.span(), m.start("first"), m.regs)
