import unittest, sys, io

class A(unittest.TestCase):
    def test_one(self):
        print("printed by one")
        self.assertEqual(1, 1)
    def test_two(self):
        print("printed by two")
        sys.stderr.write("err from two\n")
        self.fail("explicit failure")
    def test_three(self):
        pass

class BrokenSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")
    def test_never(self):
        pass

def helper_test():
    assert 1 + 1 == 3, "math is broken"

loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTest(A("test_one"))
suite.addTests(loader.loadTestsFromNames(["A.test_two", "A.test_three"], sys.modules[__name__]))
suite.addTest(unittest.FunctionTestCase(helper_test, description="a plain function"))
suite.addTest(loader.loadTestsFromTestCase(BrokenSetup))
print(suite.countTestCases())
print(repr(A("test_one")), str(A("test_one")), A("test_one").id())
print(loader.getTestCaseNames(A))
print(unittest.FunctionTestCase(helper_test))
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, buffer=True, verbosity=1).run(suite)
print(stream.getvalue().replace("0.000s", "T"))
print(res, res.testsRun, [str(t) for t, _ in res.errors])
try:
    A("test_missing")
except ValueError as e:
    print(e)
try:
    suite.addTest(A)
except TypeError as e:
    print(e)
try:
    suite.addTest(5)
except TypeError as e:
    print(e)
try:
    unittest.TestSuite("abc")
except TypeError as e:
    print(e)
ff = unittest.TextTestRunner(stream=sys.stdout, failfast=True).run(loader.loadTestsFromTestCase(A))
print(ff.shouldStop)
unittest.main(argv=["prog", "-v", "A.test_one"], exit=False)
unittest.main(argv=["prog", "-k", "three", "-q"], exit=False)
unittest.main(argv=["prog"], exit=False, verbosity=0)
