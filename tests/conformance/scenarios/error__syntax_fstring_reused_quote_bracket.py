# Python 3.12 lets an f-string's expression reuse its quotes; 3.11 ends the f-string at the
# second quote, where `d[` is still open: "f-string: unmatched '['".
scores = {"ana": 3}
print(f"ana has {scores["ana"]} points")
