# Two names side by side in a def's parameters: plain "invalid syntax" (the comma hint
# is for expressions).
def area(width height):
    return width * height
