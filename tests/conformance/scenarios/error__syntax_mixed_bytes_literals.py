# Bytes and str literals side by side: CPython reads the whole concatenation first, so the
# error is on the line of the token after it.
greeting = (b"hello, "
            "world"
            )
print(greeting)
