# A compound statement after a simple one on the same line: 3.11 says "invalid syntax".
count = 0; if count: print(count)
