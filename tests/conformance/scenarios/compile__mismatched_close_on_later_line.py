# A list closed by a brace on the next line: the tokenizer reports the mismatch on that
# line, naming where the bracket opened, not the dict left open.
data = {"b": [4, 5,
}
