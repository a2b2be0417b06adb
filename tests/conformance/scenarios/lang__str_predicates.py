# The is...() predicates test every character, and are False for the empty string (except
# isascii). Digits are subtle: '²' is a digit but not decimal, '½' is only numeric.
# Notice which of int()'s inputs pass which test.
samples = ["123", "", "12.5", "-5", "²", "½", "٣", "abc", "Abc", "ABC", "a1", " \t\n", "é", "_x1", "1x", "Hello World", "Hello world", "ǅ"]
print("sample        digit decimal numeric alpha alnum space upper lower title ident ascii")
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
             s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii()]
    print(f"{s!r:<13}", " ".join(f"{str(f):<5}" for f in flags))
print("A1".isupper(), "a1!".islower(), "1".isupper(), "ABC DEF".istitle(), "Abc Def".istitle())
print("class".isidentifier(), "None".isidentifier(), "2x".isidentifier(), "é_ok".isidentifier())
print(int("٣"), int("12"), "x".isprintable() if False else "-", "\u00a0".isspace(), "\x1f".isspace())
