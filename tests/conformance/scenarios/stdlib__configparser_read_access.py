import configparser

INI = """
# application settings
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
timeout = 2.5
motd = Welcome!
    Authorised users only.

    Have a nice day.
"""

config = configparser.ConfigParser()
config.read_string(INI)
print(config.sections(), list(config), len(config))
print(config.defaults())
top = config['topsecret.server.com']
print(repr(top), top.name, len(top), list(top))
print(top['port'], top.getint('port'), top.getboolean('forwardx11'), top.getfloat('timeout'))
print(repr(top['motd']))
print(config['bitbucket.org']['user'], config['bitbucket.org']['Compression'])
print(config.getboolean('bitbucket.org', 'compression'), config.getint('bitbucket.org', 'compressionlevel'))
print(config.get('bitbucket.org', 'missing', fallback='n/a'), top.get('missing'), top.get('missing', 'dflt'))
print(config.getint('nosection', 'port', fallback=22), top.getint('nope', fallback=0))
print(config.has_section('bitbucket.org'), config.has_section('DEFAULT'), 'DEFAULT' in config)
print(config.has_option('bitbucket.org', 'USER'), 'compression' in top, 'user' in top)
print(config.options('bitbucket.org'))
print(config.items('bitbucket.org'))
for name, section in config.items():
    print(name, dict(section))
for value in ['1', 'yes', 'TRUE', 'on', '0', 'No', 'off', 'sometimes']:
    config['bitbucket.org']['flag'] = value
    try:
        print(value, config['bitbucket.org'].getboolean('flag'))
    except ValueError as e:
        print(value, 'ValueError:', e)
try:
    config.get('bitbucket.org', 'password')
except configparser.NoOptionError as e:
    print(type(e).__name__, e, e.args)
try:
    config['gitlab.com']
except KeyError as e:
    print('KeyError', e)
config.getint('topsecret.server.com', 'motd')
