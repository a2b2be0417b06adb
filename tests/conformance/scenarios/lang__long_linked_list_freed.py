# A linked list of 100,000 nodes (each holding the next in an attribute) and an exception
# chain as long are built and freed: dying, each node frees the next without a native
# recursion per level (the page's worker has a small stack), as CPython's trashcan does.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


head = None
for i in range(100_000):
    head = Node(i, head)
length, node = 0, head
while node is not None:
    length, node = length + 1, node.next
print("built", length, head.value)
head = None
print("freed")
chain = None
for i in range(100_000):
    chain = KeyError(i) if chain is None else ValueError(chain)
print(type(chain).__name__, type(chain.args[0]).__name__)
del chain
print("done")
