import configparser
import io

config = configparser.ConfigParser()
config['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes'}
config['bitbucket.org'] = {}
config['bitbucket.org']['User'] = 'hg'
config['topsecret.server.com'] = {'Port': 50022, 'ForwardX11': 'no'}
config.add_section('notes')
config.set('notes', 'text', 'first line\nsecond line')
config.set('notes', 'pct', '100%%')
buf = io.StringIO()
config.write(buf)
print(buf.getvalue(), end='')

with open('/tmp/example.ini', 'w') as f:
    config.write(f, space_around_delimiters=False)
reread = configparser.ConfigParser()
print(reread.read(['/tmp/example.ini', '/tmp/missing.ini']))
print(reread.sections(), repr(reread['notes']['text']), reread['notes']['pct'])
with open('/tmp/example.ini') as f:
    print(f.read(), end='')

print(config.remove_option('topsecret.server.com', 'forwardx11'), config.remove_option('notes', 'nope'))
print(config.remove_section('notes'), config.remove_section('notes'))
del config['bitbucket.org']['user']
print(dict(config['bitbucket.org']), config.sections())
del config['bitbucket.org']
print(config.sections())
for action in [lambda: config.add_section('topsecret.server.com'),
               lambda: config.add_section('DEFAULT'),
               lambda: config.set('ghost', 'a', 'b'),
               lambda: config.set('topsecret.server.com', 'port', 8080),
               lambda: config.__delitem__('DEFAULT'),
               lambda: config.read_dict({'x': {'k': 1, 'K': 2}})]:
    try:
        action()
    except (configparser.Error, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

flags = configparser.ConfigParser(allow_no_value=True)
flags.read_string("[mysqld]\nuser = mysql\nskip-external-locking\nskip-bdb\n")
flags.set('mysqld', 'quick')
print(flags.items('mysqld'))
buf = io.StringIO()
flags.write(buf)
print(buf.getvalue(), end='')
