# A float literal whose point is followed by an underscore (`1.__class__`, meant as an
# attribute of 1) is an invalid decimal literal, the caret under the point.
print(1.__class__)
