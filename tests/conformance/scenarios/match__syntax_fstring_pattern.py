# An f-string is no literal: patterns match only literals and dotted names.
name = "world"


def greet(text):
    match text:
        case f"hello {name}":
            return True
    return False


print(greet("hello world"))
