# json.loads parses JSON text into Python objects (objects become dicts, arrays lists).
# Malformed input raises json.JSONDecodeError, a ValueError with line and column. Notice
# the messages, and the uncaught error at the end naming its full class path.
import asyncio
import json

text = '{"users": [{"name": "ann", "age": 31}, {"name": "bob", "age": null}], "v": 1.0, "big": 12345678901234567890}'
doc = json.loads(text)
print(doc, type(doc["v"]).__name__, doc["big"] + 1)
print(json.loads("[1, 2.5e3, true, false, null, \"\\u00e9\"]"), json.loads(' "text" '), json.loads("NaN"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[]"), json.loads(b'{"bytes": 1}'))
for bad in ["", "{'single': 1}", '{"a": 1,}', "[1, 2", '{"a" 1}', "tru", "[1] x", '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:16} -> {e} | pos={e.pos} line={e.lineno} col={e.colno}")
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)


async def load_config(raw):
    await asyncio.sleep(0.5)
    return json.loads(raw)


async def main():
    print(await load_config('{"debug": true}'))
    print(await load_config('{"debug": tru}'))


asyncio.run(main())
