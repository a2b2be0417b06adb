import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs('tree/a/b')
    for p in ['tree/f1', 'tree/a/f2', 'tree/a/b/f3']:
        open(p, 'w').close()
    calls = []
    def onerror(func, path, exc_info):
        calls.append((func.__name__, path, exc_info[0].__name__, str(exc_info[1])))
    shutil.rmtree('nothere', onerror=onerror)
    shutil.rmtree('tree/f1', onerror=onerror)
    print(calls)
    shutil.rmtree('nothere', ignore_errors=True)
    for target in ('nothere', 'tree/f1'):
        try:
            shutil.rmtree(target)
        except OSError as e:
            print(type(e).__name__, e, e.filename)
    shutil.rmtree('tree')
    print(os.path.exists('tree'), os.listdir('.'), shutil.rmtree.avoids_symlink_attacks)

    os.makedirs('m/d1/inner')
    open('m/d1/inner/x', 'w').close()
    open('m/file.txt', 'w').close()
    os.makedirs('m/dest')
    print(shutil.move('m/file.txt', 'm/dest'))
    print(shutil.move('m/dest/file.txt', 'm/renamed.txt'))
    print(shutil.move('m/d1', 'm/dest/'))
    print(sorted(os.listdir('m')), sorted(os.listdir('m/dest')), os.listdir('m/dest/d1'))
    open('m/file.txt', 'w').close()
    open('m/dest/file.txt', 'w').close()
    for a, b in [('m/file.txt', 'm/dest'), ('m/dest', 'm/dest/d1/sub'), ('m/ghost', 'm/ghost2')]:
        try:
            shutil.move(a, b)
        except OSError as e:
            print(type(e).__name__, e)
    os.chdir('/')
