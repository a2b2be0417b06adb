# A missing colon on line 4 and an unterminated string on line 6: the tokenizer's error
# later in the file wins over the parser's.
def greet(name)
    return 'hi ' + name

msg = "oops
print(msg)
