# Two expressions side by side in a parenthesis never closed: the tokenizer's 'was never closed'
# at that parenthesis wins over the comma rule.
point = (3 4
