# A number glued to a name is the tokenizer's "invalid decimal literal", under the number's
# last digit; CPython tokenizes the whole file after a parser error, so it wins over one
# that comes earlier.
total = 0
for i in range(3):
    total = total +
    print(total, 5times)
