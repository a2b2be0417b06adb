# A module whose globals set `__unittest` has its frames left out of unittest's reports, as
# unittest leaves out its own: the trick assertion-helper modules use. Here the program's
# own module sets it, so a failure shows no frame at all, an error still its exception.
import io
import unittest

__unittest = True


def check_positive(value):
    if value <= 0:
        raise AssertionError(f"{value} is not positive")


class Numbers(unittest.TestCase):
    def test_equal(self):
        self.assertEqual(1, 2)

    def test_helper(self):
        check_positive(-3)

    def test_error(self):
        {}["missing"]

    def test_ok(self):
        self.assertTrue(True)


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(Numbers))
print(stream.getvalue().replace("0.000s", "TIME"))
print(len(result.failures), len(result.errors))
for test, text in result.failures + result.errors:
    print(test.id(), "->", text.splitlines()[0], "|", text.splitlines()[-1])
