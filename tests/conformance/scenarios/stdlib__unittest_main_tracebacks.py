import unittest, json

def parse(text):
    try:
        return json.loads(text)
    except ValueError as exc:
        raise RuntimeError("bad config") from exc

class T(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == "test_setup_fails":
            raise OSError("cannot open")
    def test_setup_fails(self):
        pass
    def test_chained(self):
        parse("{not json")
    def test_context(self):
        try:
            {}["missing"]
        except KeyError:
            raise ValueError("while handling")
    def test_deprecated_alias(self):
        self.assertEquals(1, 1)
        self.assertEquals(2, 2)
    def test_nested_helper(self):
        def check(v):
            self.assertGreaterEqual(v, 10, "too small")
        check(12)
        check(3)

    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass

class U(unittest.TestCase):
    def tearDown(self):
        raise KeyError("teardown")
    def test_ok(self):
        pass

if __name__ == "__main__":
    unittest.main()
