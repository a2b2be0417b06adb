# tomllib: basic, literal and multi-line strings, escapes, line-ending backslashes, quoted and dotted keys.
import tomllib

basic = r'''
str = "I'm a string. \"Quote me\". Name\tJos\u00E9\nLocation\tSF."
esc = "\b\f\r\\ \U0001F600"
ml = """
Roses are red
Violets are blue"""
joined = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
quotes = """Two: "". Three: ""\". Closing four: """"
crlf = "a"
'''
for key, value in tomllib.loads(basic.replace('"a"', '"a"\r\nafter = 1')).items():
    print(key, repr(value))

literal = r"""
winpath = 'C:\Users\nodejs\templates'
regex = '''I [dw]on't need \d{2} apples'''
lines = '''
The first newline is trimmed.
   Other whitespace stays.
'''
apos = ''''That,' she said.''''
"key with spaces" = 1
'dotted.in.quotes' = 2
site."google.com".up = true
3.14159 = "pi"
"" = "empty key"
"""
for key, value in tomllib.loads(literal).items():
    print(key, repr(value))
