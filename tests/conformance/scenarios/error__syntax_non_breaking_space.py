# Code pasted from a web page with a non-breaking space (U+00A0) after the `=`: CPython calls
# it an invalid non-printable character.
import asyncio


async def main():
    delay = 0.1
    await asyncio.sleep(delay)


asyncio.run(main())
