# typing.Union[int, str] and the `int | str` of 3.10 are equal (either way round) and hash
# alike, so code mixing the two spellings finds one in a set or dict built with the other.
# Optional[int] is int | None.
# Notice the order of the members does not matter.
import typing

print(typing.Union[int, str] == (int | str), (int | str) == typing.Union[int, str])
print(typing.Optional[int] == (int | None), typing.Union[str, int] == (int | str))
print(hash(int | str) == hash(typing.Union[int, str]), typing.Union[int, str] != (int | bytes))
print(len({typing.Union[int, str], int | str}), {int | None: "opt"}[typing.Optional[int]])
