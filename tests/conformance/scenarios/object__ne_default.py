# object.__ne__ inverts the type's own equality: a class's __eq__, a built-in base's, or a
# built-in value's (object.__ne__(1, 2) is True), and passes NotImplemented through; the
# != operator on classes that define only __eq__ follows it.
import asyncio


class Plain:
    pass


class Equal:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Equal):
            return NotImplemented
        return self.v == other.v


class Weird:
    def __eq__(self, other):
        return "truthy"


class Num(int):
    pass


class Text(str):
    pass


p = Plain()
print(object.__ne__(1, 2), object.__ne__(1, 1), object.__ne__(1, 1.0), object.__ne__(1, "a"))
print(object.__ne__("a", "b"), object.__ne__([1], [1]), object.__ne__((1,), (2,)), object.__ne__(None, None))
print(object.__ne__(p, p), object.__ne__(p, Plain()), object.__ne__(Weird(), 1))
print(object.__ne__(Equal(1), Equal(1)), object.__ne__(Equal(1), Equal(2)), object.__ne__(Equal(1), 1))
print(object.__ne__(Num(3), 3), object.__ne__(Num(3), 4), object.__ne__(Text("x"), "x"))
print(Equal(1) != Equal(1), Equal(1) != Equal(2), Equal(1) != 1, Num(3) != 3, p != p, p != Plain())


async def main():
    fut = asyncio.get_running_loop().create_future()
    print(object.__ne__(fut, fut), object.__ne__(fut, 1), fut != fut)


asyncio.run(main())
