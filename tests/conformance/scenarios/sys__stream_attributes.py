# sys.stdout and sys.stderr are text streams with CPython's data attributes: a name,
# mode, encoding and error handler (stderr is always line-buffered). A logging handler's
# repr shows its stream's name.
import logging
import sys

for stream in (sys.stdout, sys.stderr):
    print(stream.name, stream.mode, stream.encoding, stream.errors, stream.closed)
    print(" ", stream.line_buffering, stream.newlines, stream.writable(), stream.fileno())
print(repr(sys.stdout))
print(logging.StreamHandler(sys.stdout), logging.StreamHandler())
print(sys.stdout.write("écrit\n"))
