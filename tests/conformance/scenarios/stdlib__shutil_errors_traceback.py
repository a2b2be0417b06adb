import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
os.chdir(tmp)
os.makedirs('d')
open('d/f', 'w').close()
try:
    shutil.copytree('d', 'd')
except FileExistsError as e:
    print('FileExistsError:', e)
try:
    shutil.copy('d/f', 'd/f')
except shutil.SameFileError as e:
    print('SameFileError:', e)
shutil.rmtree('d')
os.chdir('/')
os.rmdir(tmp)
os.chdir('/tmp')
shutil.move('no_such_file_for_move', 'elsewhere')
