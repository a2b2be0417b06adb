# A private name in __slots__ is mangled like any private attribute: `__token` in class
# Account is stored as `_Account__token`, which is what the methods read and write and
# what the class's namespace holds. __slots__ itself keeps the names as written.
class Account:
    __slots__ = ('owner', '__token')

    def __init__(self, owner):
        self.owner = owner
        self.__token = owner[::-1]

    def token(self):
        return self.__token


a = Account('ann')
print(a.token(), a._Account__token, Account.__slots__)
print(sorted(k for k in vars(Account) if 'token' in k or k == 'owner'))
try:
    a.__token
except AttributeError as e:
    print('AttributeError', e)
try:
    a.extra = 1
except AttributeError as e:
    print('AttributeError', e)
