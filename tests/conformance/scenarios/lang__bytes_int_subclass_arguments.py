# IntEnum members (int subclasses) are ints to bytes and bytearray: protocol code builds
# frames from opcodes that way. A StrEnum member is a str to bytes().
from enum import IntEnum, StrEnum


class Op(IntEnum):
    PING = 1
    PONG = 2
    DATA = 97


class Encoding(StrEnum):
    ASCII = "ascii"


frame = bytes([Op.PING, Op.DATA, 0])
print(frame, bytes(Op.PONG), Op.DATA in b"abc", Op.PING in frame)
print(frame[Op.PING], frame.count(Op.DATA), frame.find(Op.DATA), frame.index(Op.PING))
buf = bytearray()
buf.append(Op.PONG)
buf.extend([Op.DATA, Op.PING])
buf.insert(0, Op.DATA)
buf[1] = Op.PING
print(buf, bytes(Encoding.ASCII, Encoding.ASCII), bytes("é", encoding=Encoding.ASCII, errors="replace"))


class Big(IntEnum):
    TOO_BIG = 300


for make in (lambda: bytes([Big.TOO_BIG]), lambda: bytearray().append(Big.TOO_BIG)):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
data = bytes(range(200))
total = 0
for i in range(len(data)):
    total += data[i]
print(total)
