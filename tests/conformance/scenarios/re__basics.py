# The everyday calls of the re module: match anchors at the start, search scans, fullmatch
# needs the whole string, findall/finditer collect every match. A pattern with groups makes
# findall return the groups instead of the whole match.
import re

line = "2024-05-17 12:04:55 WARN disk /dev/sda1 at 91% (limit 90%)"
print(re.match(r"\d{4}-\d\d-\d\d", line))
print(re.match(r"WARN", line))
print(re.search(r"WARN|ERROR", line))
print(re.fullmatch(r"[\w/]+", "/dev/sda1"), re.fullmatch(r"\w+", "sda1!"))
print(re.findall(r"\d+%", line))
print(re.findall(r"(\d+)%", line))
print(re.findall(r"(\w+) (\d+)", "a 1, bb 22, ccc 333"))
for m in re.finditer(r"/(\w+)", "/usr/local/bin"):
    print(m.start(), m.end(), m.group(1))
pattern = re.compile(r"(?P<level>[A-Z]+) (?P<what>\w+)")
m = pattern.search(line)
print(m.group("level"), m["what"], m.span("what"), m.groupdict())
print(pattern.pattern, pattern.groups, pattern.groupindex)
print(pattern.search(line, 25), pattern.match(line, 20))
print(re.search(r"\bat\b", line).start(), re.search(r"\Bda", line).start())
print(re.findall(r"[^\W\d]+", "abc 123 déjà_vu 4x"))
print(re.findall(r"[a-cx-z]+", "abcdxyzw"), re.findall(r"[-a]", "a-b"), re.findall(r"[]x]", "]x"))
print(re.search(r"colou?r", "The color"), re.search(r"o{2,}", "foo fooo").group())
