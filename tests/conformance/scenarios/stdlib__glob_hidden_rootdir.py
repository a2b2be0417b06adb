import glob
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / 'a' / '.b' / 'c').mkdir(parents=True)
    (root / 'x.d').mkdir()
    for p in ['a/1.txt', 'a/.b/2.txt', 'a/.b/c/3.txt', 'x.d/4.txt', '.top', 'top.txt']:
        (root / p).write_text(p)
    S = sorted
    print(S(glob.glob('*', root_dir=tmp)), S(glob.glob('.*', root_dir=tmp)))
    print(S(glob.glob('*', root_dir=root, include_hidden=True)))
    print(S(glob.glob('**', root_dir=root, recursive=True)))
    print(S(glob.glob('**/*.txt', root_dir=root, recursive=True, include_hidden=True)))
    print(S(glob.glob('a/.*/*', root_dir=root)), S(glob.glob('a/*/*', root_dir=root)))
    print(S(glob.glob('*.d/', root_dir=root)), glob.glob('top.txt', root_dir=root))
    print(glob.glob('missing', root_dir=root), glob.glob('*', root_dir=root / 'nope'))
    print(glob.glob('**', root_dir=root / 'x.d', recursive=True))
    os.chdir(root / 'a')
    print(S(glob.glob('../*')), S(glob.glob('../*/*.txt')), S(glob.glob('./**', recursive=True)))
    print(S(glob.glob('.b/**/*.txt', recursive=True)), S(glob.glob('.*/*')))
    print(S(glob.iglob('**/', recursive=True, include_hidden=True)))
    print(S(p.name for p in root.glob('**/*.txt')))
    os.chdir('/')
