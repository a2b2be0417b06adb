import os
import shutil
import tempfile

def show(top):
    for root, dirs, files in sorted(os.walk(top)):
        print('  ', root, sorted(dirs), sorted(files))

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('src/sub/deeper')
    for p, t in [('src/a.txt', 'alpha'), ('src/b.log', 'beta'), ('src/sub/c.txt', 'gamma'),
                 ('src/sub/deeper/d.pyc', 'delta'), ('src/.hidden', 'h')]:
        with open(p, 'w') as f:
            f.write(t)
    print(shutil.copytree('src', 'tree1'))
    show('tree1')
    print(shutil.copytree('src', 'tree2', ignore=shutil.ignore_patterns('*.pyc', '*.log', '.*')))
    show('tree2')
    try:
        shutil.copytree('src', 'tree2')
    except FileExistsError as e:
        print('FileExistsError:', e)
    print(shutil.copytree('src', 'tree2', dirs_exist_ok=True))
    show('tree2')
    seen = []
    def ignore(path, names):
        seen.append((path, sorted(names)))
        return ['deeper']
    shutil.copytree('src', 'tree3', ignore=ignore, copy_function=shutil.copy)
    print(seen)
    copied = []
    def mycopy(s, d):
        copied.append((type(s).__name__, s, d))
        return shutil.copy2(s, d)
    shutil.copytree('src/sub', 'tree4', copy_function=mycopy)
    print(copied)
    try:
        shutil.copytree('missing', 'tree5')
    except FileNotFoundError as e:
        print('FileNotFoundError:', e)
    print(sorted(shutil.ignore_patterns('*.txt', 'b*')('src', ['a.txt', 'b.log', 'c.py'])))
    os.chdir('/')
