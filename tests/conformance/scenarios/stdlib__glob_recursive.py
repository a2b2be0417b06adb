import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('src/pkg/sub')
    os.makedirs('.hidden/inner')
    for p in ['a.py', '.dot.py', 'src/main.py', 'src/pkg/__init__.py', 'src/pkg/sub/deep.py',
              'src/pkg/data.json', '.hidden/h.py', '.hidden/inner/x.py']:
        open(p, 'w').close()
    S = sorted
    print(S(glob.glob('**/*.py')))
    print(S(glob.glob('**/*.py', recursive=True)))
    print(S(glob.glob('**', recursive=True)))
    print(S(glob.glob('**/', recursive=True)))
    print(S(glob.glob('**', recursive=True, include_hidden=True)))
    print(S(glob.glob('src/**', recursive=True)))
    print(S(glob.glob('src/**/', recursive=True)))
    print(S(glob.glob('**/**/*.py', recursive=True)))
    print(S(glob.glob('src/**/*.json', recursive=True)), S(glob.glob('src**', recursive=True)))
    print(S(glob.glob('.hidden/**/*.py', recursive=True)))
    print(S(os.path.relpath(p, tmp) for p in glob.iglob(os.path.join(tmp, '**', 'd*.py'), recursive=True)))
    print(glob.glob('', recursive=True), glob.glob('nothing/**', recursive=True))
    os.chdir('/')
