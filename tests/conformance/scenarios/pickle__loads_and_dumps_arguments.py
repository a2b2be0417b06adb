# pickle.loads wants bytes and complete data; dumps wants an object.
import pickle

for bad in [b"", "text", 5]:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps()
except TypeError as e:
    print("TypeError", e)
print(type(pickle.dumps([1, 2])).__name__, pickle.loads(pickle.dumps([1, 2])))
print(pickle.loads(bytearray(pickle.dumps("text"))))
