# An uncaught exception's chain: every NameError and AttributeError in it gets its "Did you
# mean" hint at the end of its line, before its notes.
class Account:
    def __init__(self):
        self.balance = 10


def report(account):
    try:
        return account.balanse
    except AttributeError:
        try:
            prnt("no balance")
        except NameError as e:
            e.add_note("while reporting")
            raise RuntimeError("report failed") from e


print("start")
report(Account())
