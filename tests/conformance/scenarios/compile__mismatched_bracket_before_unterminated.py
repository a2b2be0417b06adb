# A mismatched bracket is the tokenizer's own error: an unterminated string after it does
# not replace it.
x = (1, 2]
y = "abc
