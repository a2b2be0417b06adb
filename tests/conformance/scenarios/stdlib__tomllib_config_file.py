# tomllib: a pyproject-style config read from a file (binary mode), text-mode misuse, parse_float.
import io
import os
import tomllib

os.makedirs("/tmp/tomlconf", exist_ok=True)
with open("/tmp/tomlconf/pyproject.toml", "w", encoding="utf-8") as f:
    f.write('''\
[project]
name = "démo-app"
version = "1.2.3"
requires-python = ">=3.11"
dependencies = ["requests>=2", 'rich']
authors = [{ name = "Ann", email = "ann@example.com" }]

[project.optional-dependencies]
dev = ["pytest", "mypy"]

[tool.app]
timeout = 2.5
retries = 0x10
started = 2024-03-01T09:30:00+02:00
''')

with open("/tmp/tomlconf/pyproject.toml", "rb") as f:
    cfg = tomllib.load(f)
print(cfg)
project = cfg["project"]
print(project["name"], project["version"], project["dependencies"])
print(cfg["tool"]["app"]["started"].isoformat(), cfg["tool"]["app"]["retries"])

try:
    with open("/tmp/tomlconf/pyproject.toml") as f:
        tomllib.load(f)
except TypeError as e:
    print("TypeError:", e)

seen = []
def keep_text(text):
    seen.append(text)
    return text
print(tomllib.load(io.BytesIO(b"a = 0.1\nb = [1e3, -inf, 1_0.5]\nc = 7"), parse_float=keep_text))
print(seen)
try:
    tomllib.loads("x = 1.5", parse_float=lambda t: [t])
except ValueError as e:
    print(type(e).__name__, e)
for bad in (b"a = 1", 42):
    try:
        tomllib.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(tomllib.TOMLDecodeError.__module__, tomllib.TOMLDecodeError.__mro__)
