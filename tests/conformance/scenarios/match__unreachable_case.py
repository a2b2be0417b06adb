# A capture pattern matches anything, so a case after it could never run: CPython refuses
# the program before running it (SyntaxError, exit status 1), and nothing is printed.
print("never printed")


def classify(command):
    match command:
        case "go":
            return 1
        case other:
            return 2
        case "stop":
            return 3
