# Instances can be dict keys and set members by value when their class defines __eq__ and
# __hash__ consistently (equal objects, equal hashes). Defining __eq__ alone makes a class
# unhashable. Notice when __eq__ is called: only for keys whose hashes match.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        print(f"  {self} == {other}?")
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x}, {self.y})"


class Loose:
    def __eq__(self, other):
        return True


visited = {Point(0, 0), Point(1, 2)}
visited.add(Point(1, 2))
print(len(visited), Point(0, 0) in visited, Point(5, 5) in visited, sorted(visited, key=hash) == sorted(visited, key=hash))
labels = {Point(0, 0): "origin"}
labels[Point(0, 0)] = "still origin"
labels[Point(2, 2)] = "corner"
print(labels, labels[Point(2, 2)], labels.get(Point(9, 9), "none"))
print({(Point(1, 1), "tag"): 1}[(Point(1, 1), "tag")], hash(Point(3, 4)) == hash((3, 4)))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Loose() == 42, Loose.__hash__)
try:
    {Loose()}
except TypeError as e:
    print("TypeError:", e)
try:
    {Loose(): 1}
except TypeError as e:
    print("TypeError:", e)
visited.discard(Point(0, 0))
print(visited, Point(1, 2) in [Point(0, 1), Point(1, 2)])
