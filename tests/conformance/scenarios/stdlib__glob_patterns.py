import glob
import os
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)
os.makedirs('src/pkg/sub')
os.makedirs('docs')
for p in ['a.py', 'b.py', 'c.txt', 'src/main.py', 'src/pkg/__init__.py', 'src/pkg/data.json',
          'docs/readme.md', 'weird[1].txt', 'q?.txt']:
    with open(p, 'w') as f:
        f.write(p)
S = sorted
print(S(glob.glob('*.py')), S(glob.glob('*')))
print(S(glob.glob('*/')), S(glob.glob('src/*/*.py')), S(glob.glob('*/*')))
print(S(glob.glob('[ab].py')), S(glob.glob('[!a].py')), S(glob.glob('?.py')), S(glob.glob('[a-b]*')))
print(S(glob.glob('weird[1].txt')), S(glob.glob(glob.escape('weird[1].txt'))))
print(S(glob.glob('q?.txt')), glob.glob(glob.escape('q?.txt')))
print(glob.glob('a.py'), glob.glob('nope.py'), glob.glob('docs/'), glob.glob('a.py/'))
print(glob.glob(''), glob.glob('/nonexistent/*'), glob.glob('src/*/nonexistent'))
print(S(glob.glob(os.path.join(tmp, 'src', '*.py'))) == [os.path.join(tmp, 'src', 'main.py')])
print(S(glob.glob('./*.py')), S(glob.glob('src/../*.txt')))
print(glob.escape('/a/b*c?d[e]f'), glob.escape(b'x*'), glob.escape('//?/c:/Quo*'))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'), glob.has_magic('a]'))
it = glob.iglob('*.txt')
print(type(it).__name__, S(it))
print(S(glob.glob1('src', '*.py')), glob.glob0('src', 'main.py'), glob.glob0('src', ''))
try:
    glob.glob(123)
except TypeError as e:
    print('TypeError:', e)
print(glob.__all__)
os.chdir('/')
import shutil
shutil.rmtree(tmp)
