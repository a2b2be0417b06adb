import configparser

def attempt(text, **options):
    parser = configparser.ConfigParser(**options)
    try:
        parser.read_string(text, source='app.ini')
    except configparser.Error as e:
        print(type(e).__name__, e.args)
        print(str(e))
        return None
    return parser

attempt("user = admin\n[main]\n")
attempt("[main]\na = 1\n[main]\nb = 2\n")
attempt("[main]\nname = x\nName = y\n")
attempt("[main]\nok = 1\nthis is garbage\n= no key\n\tindented cont\n")
p = attempt("[main]\na = 1\n[main]\na = 2\n", strict=False)
print(p['main']['a'])
p = attempt("""
[server]
host = example.com ; primary
port = 8080 # http
name = a;b
# full-line comment
; another
""", inline_comment_prefixes=(';', '#'))
print(p.items('server'))
p = attempt("[s]\nkey -> value\nother -> 2\n", delimiters=('->',))
print(p.items('s'))
attempt("[s]\na = one\n\n  two\n", empty_lines_in_values=False)
p = attempt("[s]\na = one\n\n  two\n")
print(p.items('s'))
p = attempt("[common]\nbase = 1\n[s]\nx = 2\n", default_section='common')
print(p.sections(), p.items('s'))
try:
    configparser.ConfigParser(interpolation='basic')
except TypeError as e:
    print('TypeError:', e)
e = configparser.ParsingError('f.ini')
e.append(4, "'bad'")
print(e.source, e.errors, e)
print(configparser.DuplicateSectionError('s', 'f.ini', 3), '/', configparser.DuplicateOptionError('s', 'o'))
configparser.ConfigParser().read_string("[ok]\nbroken line\n", source='final.ini')
