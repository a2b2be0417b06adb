# Positional sub-patterns after keyword ones: 3.11 words it "follow", without "cannot".
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


match Point(1, 2):
    case Point(x=1, 2):
        print("matched")
