import unittest, sys

log = []

def setUpModule():
    log.append("setUpModule")

def tearDownModule():
    log.append("tearDownModule")
    print(log)

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.addClassCleanup(log.append, "classCleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown")

    def test_a(self):
        """First line of doc.

        More details."""
        log.append("a")

    def test_b(self):
        with self.subTest("outer", i=1):
            for i in range(4):
                with self.subTest(i=i, even=i % 2 == 0):
                    self.assertEqual(i % 3, 0)

    def test_skip_inside(self):
        self.skipTest("decided at runtime")

    def test_error_in_cleanup(self):
        self.addCleanup(lambda: 1 / 0)

@unittest.skipIf(sys.version_info >= (3,), "class skipped")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass

class Conditional(unittest.TestCase):
    @unittest.skipUnless(False, "needs feature")
    def test_y(self):
        pass
    @unittest.skip
    def test_bare(self):
        pass

unittest.main(verbosity=2)
