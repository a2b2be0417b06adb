# str.isidentifier follows Unicode's XID_Start and XID_Continue: combining marks and
# connector punctuation may continue a name, not start one.
for text in ("a\u0301", "_\u0300", "a\u203f", "\u0301a", "\u203fa", "℘", "·", "a·", "x1",
             "1x", "", "naïve", "名前", "a-b", "ℕ", "Ⅸ"):
    print(repr(text), text.isidentifier())
