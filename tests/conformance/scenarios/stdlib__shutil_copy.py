import io
import os
import shutil
import tempfile

src = io.BytesIO(b'x' * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 4096)
print(len(dst.getvalue()))
s, d = io.StringIO('hello world'), io.StringIO()
shutil.copyfileobj(s, d)
print(d.getvalue())

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('src/sub')
    with open('src/a.txt', 'w') as f:
        f.write('alpha')
    os.utime('src/a.txt', ns=(1_000_000_000, 2_000_000_000))
    print(shutil.copyfile('src/a.txt', 'a_copy.txt'), open('a_copy.txt').read())
    print(shutil.copy('src/a.txt', '.'), shutil.copy('src/a.txt', 'src/sub'))
    print(shutil.copy2('src/a.txt', 'a2.txt'), os.stat('a2.txt').st_mtime, oct(os.stat('a2.txt').st_mode))
    print(os.stat('a_copy.txt').st_mtime == 2.0)
    shutil.copystat('src/a.txt', 'a_copy.txt')
    shutil.copymode('src/a.txt', 'a_copy.txt')
    print(os.stat('a_copy.txt').st_mtime)
    for args in [('src/a.txt', 'src/a.txt'), ('nope.txt', 'x.txt'), ('src', 'y'),
                 ('src/a.txt', 'nodir/x.txt'), ('src/a.txt', 'src/sub')]:
        try:
            print(shutil.copyfile(*args))
        except OSError as e:
            print(type(e).__name__, e, isinstance(e, shutil.Error))
    try:
        shutil.copy('src/a.txt', 'src/')
    except shutil.SameFileError as e:
        print('SameFileError', e, e.args)
    print(sorted(os.listdir('.')), sorted(os.listdir('src/sub')))
    os.chdir('/')
