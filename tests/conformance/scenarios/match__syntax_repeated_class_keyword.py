# A class pattern naming one attribute twice is refused before the class is looked up
# (Point is never defined here).
def where(p):
    match p:
        case Point(x=0, y=yy, x=1):
            return yy


print(where(None))
