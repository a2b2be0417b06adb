# socket.gethostbyname_ex (canonical name, no aliases, the IPv4 address; '' is herror,
# an unknown name gaierror, a non-string TypeError) and socket.inet_ntop for IPv4 (length,
# family and type errors).
import socket
for n in ['localhost','127.0.0.1','LocalHost','no.such.invalid','127.1', '', b'localhost', 5]:
  try: print(repr(n), socket.gethostbyname_ex(n))
  except Exception as e: print(repr(n), repr(e))
for args in [(socket.AF_INET, b'\x01\x02\x03'), (1, b'1234'), (socket.AF_INET, 'abcd'), (socket.AF_INET, bytearray(b'\x7f\0\0\1')), (socket.AF_INET, memoryview(b'\xff\xff\xff\xff')), (socket.AF_INET, 5)]:
  try: print(socket.inet_ntop(*args))
  except Exception as e: print(repr(e))
