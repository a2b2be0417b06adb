# tomllib: tables, super-tables declared later, arrays of tables, nested inline tables and arrays.
import tomllib

doc = '''
name = "Orange"
physical.color = "orange"
physical.shape = "round"

[[fruits]]
name = "apple"

[fruits.physical]  # subtable of the last array element
color = "red"

[[fruits.varieties]]
name = "red delicious"

[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"

[[fruits.varieties]]
name = "plantain"

[[products]]  # empty element

[x.y.z.w]
[x]
defined_later = true

[dog."tater.man"]
type.name = "pug"

[ j . "ʞ" . 'l' ]
points = [ { x = 1, y = 2 },
           { x = 7, y = 8 }, ]  # trailing comma
nested = { a = { b = { c = [1, {d = 2}] } }, e.f = 3 }
mixed = [ 1, "two", 3.0, [4], {five = 5}, 1979-05-27 ]
matrix = [
  [1, 2],  # first row
  [3, 4],
]
'''
data = tomllib.loads(doc)
print(data)
for fruit in data["fruits"]:
    print(fruit["name"], [v["name"] for v in fruit.get("varieties", [])])
print(data["products"], data["x"], data["dog"])
print(data["j"]["ʞ"]["l"]["nested"]["a"]["b"]["c"][1]["d"])
