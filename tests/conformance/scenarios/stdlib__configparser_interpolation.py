import configparser

basic = configparser.ConfigParser()
basic.read_string("""
[paths]
home_dir = /Users
my_dir = %(home_dir)s/lumberjack
my_pictures = %(my_dir)s/Pictures
discount = 15%%
[bad]
missing = %(nowhere)s/x
syntax = 100%
loop = %(loop)s
""")
print(basic['paths']['my_pictures'], basic['paths']['discount'])
print(basic.get('paths', 'my_dir', raw=True), basic.get('paths', 'my_dir', vars={'home_dir': '/home'}))
print(basic.items('paths', raw=True))
for option in ['missing', 'syntax', 'loop']:
    try:
        basic.get('bad', option)
    except configparser.InterpolationError as e:
        print(type(e).__name__, '-', e)
try:
    basic.set('paths', 'x', '50% off')
except ValueError as e:
    print('ValueError:', e)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
[Frameworks]
Python: 3.11
path: ${Common:system_dir}/Library/Frameworks/
[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
price: $$10
broken: ${Nowhere:thing}
""")
for key in ['my_dir', 'python_dir', 'price']:
    print(key, '=', ext['Arthur'][key])
try:
    ext['Arthur']['broken']
except configparser.InterpolationMissingOptionError as e:
    print(e.reference, '|', e)

raw = configparser.RawConfigParser()
raw.read_string("[s]\nformat = %(asctime)s %(message)s\n")
raw.set('s', 'level', 10)
print(raw['s']['format'], raw.get('s', 'level'))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\nformat = %(asctime)s 100%\n")
print(none['s']['format'])
basic['bad']['missing']
