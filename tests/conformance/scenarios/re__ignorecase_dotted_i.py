# IGNORECASE as sre does it for the Turkish i's: sre lower-cases U+0130 (İ) to a plain "i"
# (str.lower() gives two characters) and pairs "i" with the dotless U+0131 (ı), so all four
# match each other, as literals and in classes, negated or not; ASCII mode leaves them alone.
import re

text = "i İ I ı"
for pattern in ("İ", "i", "I", "ı", "[İ]", "[i]", "[ı]", "[a-z]", "[h-j]", "[^a-z ]", "[^İ ]",
                "İ+", "[İx]+", "(?i:İ)", "x|İ", "[\u0100-\u0131]"):
    print(ascii(pattern), ascii(re.findall(pattern, text, re.I)))
print(ascii(re.findall("[a-z]", text)), ascii(re.findall("İ", text)))
print(ascii(re.findall("i", text, re.I | re.A)), ascii(re.findall("[a-z]", text, re.I | re.A)))
print(ascii(re.findall(r"(?i)[a-z]+", "İstanbul Izmir ırmak")))
print(ascii(re.sub("i", "_", "Iİıi", flags=re.I)), ascii(re.split("(?i)İ", "aIbıc")))
print(ascii(re.fullmatch("(?i)istanbul", "İSTANBUL")), bool(re.match("(?i)İ", "ı")))
print(ascii(re.findall("(?i)k", "kK\u212a")), ascii(re.findall("(?i)[k]", "kK\u212a")))
