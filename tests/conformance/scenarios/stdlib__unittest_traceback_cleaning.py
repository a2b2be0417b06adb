# unittest's reports leave its own frames out: a failure raised by an assert method ends at
# the test's line, and an error with no frame of the test's prints without "Traceback".
import unittest


class Checks(unittest.TestCase):
    def test_failure_inside_helper(self):
        def check():
            self.fail("inner")

        self.assertRaises(ValueError, check)

    def test_set_equal_wrong_type(self):
        self.assertSetEqual({1}, [1])

    def test_error_in_helper(self):
        def helper():
            return {}["missing"]

        helper()

    def test_chained(self):
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("wrapped") from e


unittest.main(argv=["prog", "Checks.test_missing"], exit=False)
unittest.main(argv=["prog"])
