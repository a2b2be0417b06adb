# int.to_bytes and int.from_bytes convert between ints and fixed-size byte strings, as a
# network protocol frames a length or a port: the byte order is 'big' or 'little', and
# negative numbers need signed=True. Notice what does not fit.
import asyncio


async def send_frame(payload):
    await asyncio.sleep(0.1)
    header = len(payload).to_bytes(2, "big")
    return header + payload


async def main():
    frame = await send_frame(b"hello")
    size = int.from_bytes(frame[:2], "big")
    print(frame, size, frame[2:2 + size], frame.hex(" "))
    print((8080).to_bytes(2, "little"), (-2).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"), (255).to_bytes())
    print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes([1, 0], "little"), int.from_bytes(b"", "big"))
    print(int.from_bytes(bytearray(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00"), "big"), bool.from_bytes(b"\x00", "big"))
    for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(2, "middle"),
                lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"), lambda: (128).to_bytes(1, "big", signed=True)):
        try:
            bad()
        except (OverflowError, ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
