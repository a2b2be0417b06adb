# Functions can take positional and keyword arguments, defaults, and collect extras with
# *args (a tuple) and **kwargs (a dict, in the order given). Calls can unpack with * and **.
# Notice which parameter each value lands in.
def describe(name, age=30, *hobbies, city="Paris", **extra):
    print(f"{name}, {age}, hobbies={hobbies}, city={city}, extra={extra}")


describe("Ana")
describe("Ben", 41)
describe("Cy", 25, "chess", "go", city="Oslo")
describe(age=19, name="Di", pet="cat", team="red")
args = ["Ed", 50, "sailing"]
opts = {"city": "Rome", "nickname": "Eddie"}
describe(*args, **opts)


def total(*numbers, scale=1):
    return sum(numbers) * scale


print(total(), total(1, 2, 3), total(1, 2, 3, scale=10))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
