import os
import re
import tempfile

print(tempfile.gettempdir(), tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.TMP_MAX)
fd, path = tempfile.mkstemp()
name = os.path.basename(path)
print(type(fd).__name__, os.path.dirname(path), bool(re.fullmatch(r'tmp[a-z0-9_]{8}', name)))
print(oct(os.stat(path).st_mode), os.write(fd, b'data'))
os.close(fd)
print(open(path, 'rb').read())
os.unlink(path)
fd, path = tempfile.mkstemp(suffix='.txt', prefix='job_', text=True)
os.close(fd)
name = os.path.basename(path)
print(name.startswith('job_'), name.endswith('.txt'), len(name))
os.unlink(path)
d = tempfile.mkdtemp(prefix='build-', suffix='.d')
print(os.path.isdir(d), os.path.basename(d)[:6], d.endswith('.d'), oct(os.stat(d).st_mode))
fd, inner = tempfile.mkstemp(dir=d)
os.close(fd)
print(os.path.dirname(inner) == d, os.listdir(d) == [os.path.basename(inner)])
m = tempfile.mktemp(suffix='.x', dir=d)
print(os.path.exists(m), m.endswith('.x'), os.path.dirname(m) == d)
try:
    tempfile.mkstemp(suffix=b'x', prefix='y')
except TypeError as e:
    print('TypeError:', e)
try:
    tempfile.mkstemp(dir=os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.strerror)
try:
    tempfile.mkdtemp(dir=inner)
except NotADirectoryError as e:
    print('NotADirectoryError:', e.errno, e.strerror)
os.unlink(inner)
os.rmdir(d)
print(os.path.exists(d), sorted(tempfile.__all__))
