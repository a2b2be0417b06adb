import os
import tempfile

with tempfile.NamedTemporaryFile(mode='w+', suffix='.csv') as f:
    print(type(f).__name__, f.name.endswith('.csv'), os.path.exists(f.name), f.mode, f.closed)
    f.write('a,b\n1,2\n')
    f.flush()
    print(open(f.name).read().splitlines())
    f.seek(0)
    print([line for line in f])
    name = f.name
print(os.path.exists(name), f.closed)
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b'keep me')
f.close()
print(open(f.name, 'rb').read(), f.file.closed, f.delete)
os.unlink(f.name)
f = tempfile.NamedTemporaryFile()
n = f.name
print(f.write(b'abc'), f.tell(), type(f.write).__name__, f.write.__name__)
del f
print(os.path.exists(n))
g = tempfile.NamedTemporaryFile('w', encoding='utf-8', prefix='log_')
print(g.encoding, g.file.name == g.name, os.path.basename(g.name)[:4])
g.close()
g.close()
print(os.path.exists(g.name))
with tempfile.TemporaryFile() as t:
    t.write(b'hello world')
    t.seek(0)
    print(t.read(), type(t).__name__, type(t.name).__name__, t.mode)
with tempfile.TemporaryFile('w+t') as t:
    t.write('line1\nline2\n')
    t.seek(0)
    print(t.readlines(), type(t).__name__)
print(t.closed)
try:
    with tempfile.NamedTemporaryFile('r') as f:
        f.write('x')
except OSError as e:
    print(type(e).__name__, e)
