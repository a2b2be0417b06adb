# Bytes patterns work on bytes (and bytearray) subjects: groups come back as bytes, \w and
# \d are ASCII-only, and mixing str and bytes is a TypeError.
import re

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Len: 42\r\n\r\n"
m = re.match(rb"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(\d)\.(\d)", data)
print(m, m.groups(), m.groupdict())
print(re.findall(rb"^([\w-]+): (.*)\r$", data, re.M))
print(re.sub(rb"\d+", b"N", data[-12:]), re.subn(rb"\r\n", b"|", data))
print(re.split(rb"\s+", b"a b\tc"), re.escape(b"1+1=2?"), re.findall(rb"\w+", bytearray(b"x y")))
print(re.compile(rb"a.c", re.S), re.compile(rb"a", re.I).flags, re.search(rb"(?i)HOST", data))
print(re.sub(rb"(\w+)@", lambda m: m.group(1).upper() + b" at ", b"me@home"))
print(re.findall(rb"\w", "é".encode()), re.match(rb"\x47", data))
