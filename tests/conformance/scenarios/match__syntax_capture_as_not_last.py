# A capture with `as` still matches anything: a case after it is unreachable, which
# CPython refuses at compile time.
def classify(event):
    match event:
        case x as whole:
            return f"anything: {whole}"
        case {"type": "click"}:
            return "click"


print(classify({"type": "click"}))
