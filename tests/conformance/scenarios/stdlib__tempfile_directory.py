import os
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix='ctx') as td:
    print(type(td).__name__, os.path.isdir(td), os.path.basename(td)[:3])
    os.makedirs(os.path.join(td, 'a', 'b'))
    with open(os.path.join(td, 'a', 'b', 'f.txt'), 'w') as f:
        f.write('x')
    print(sorted(os.listdir(td)))
print(os.path.exists(td))

t = tempfile.TemporaryDirectory(suffix='_s')
name = t.name
print(repr(t) == f"<TemporaryDirectory {name!r}>", os.path.isdir(name), name.endswith('_s'))
t.cleanup()
t.cleanup()
print(os.path.exists(name))

t = tempfile.TemporaryDirectory()
name = t.name
del t
print(os.path.exists(name))

t = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
shutil.rmtree(t.name)
t.cleanup()
with tempfile.TemporaryDirectory() as outer:
    with tempfile.TemporaryDirectory(dir=outer) as inner:
        print(os.path.dirname(inner) == outer, os.listdir(outer) == [os.path.basename(inner)])
    print(os.listdir(outer))
try:
    with tempfile.TemporaryDirectory() as td:
        raise KeyError('boom')
except KeyError as e:
    print('KeyError', e, os.path.exists(td))
print(tempfile.TemporaryDirectory[str], tempfile.SpooledTemporaryFile[bytes])
