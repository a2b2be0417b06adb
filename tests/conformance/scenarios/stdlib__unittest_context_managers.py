import unittest, warnings, logging

class Contexts(unittest.TestCase):
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print(type(cm.exception).__name__, cm.exception)
        self.assertRaises(ValueError, int, "x")
        with self.assertRaisesRegex(ValueError, r"invalid literal"):
            int("y")
        with self.assertRaisesRegex(KeyError, "nope"):
            {}["k"]

    def test_not_raised(self):
        with self.assertRaises(KeyError):
            pass

    def test_not_raised_callable(self):
        self.assertRaises(TypeError, len, [1])

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old api", DeprecationWarning)
        print(cm.warning, cm.lineno)
        with self.assertWarnsRegex(UserWarning, "new"):
            warnings.warn("old", UserWarning)

    def test_logs(self):
        with self.assertLogs("app", level="INFO") as cm:
            logging.getLogger("app").info("first")
            logging.getLogger("app.sub").warning("second")
        print(cm.output)
        with self.assertLogs() as cm:
            logging.error("root msg")
        print(cm.records[0].getMessage(), cm.output)
        with self.assertNoLogs("quiet"):
            pass
        with self.assertLogs("silent", "ERROR"):
            logging.getLogger("silent").warning("too low")

    def test_unexpected_logs(self):
        with self.assertNoLogs("noisy", level="DEBUG"):
            logging.getLogger("noisy").debug("chatter")

if __name__ == "__main__":
    unittest.main(verbosity=2)
