import unittest

class Messages(unittest.TestCase):
    maxDiff = None
    def test_str(self):
        self.assertEqual("hello world\nfoo\nbar\n", "hello there\nfoo\nbaz\n")
    def test_str_oneline(self):
        self.assertEqual("the quick brown fox", "the quick brown cat")
    def test_list(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4, 6])
    def test_tuple(self):
        self.assertEqual((1, "a"), (1, "b", 3))
    def test_dict(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": 0})
    def test_set(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})
    def test_long_repr(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")
    def test_msg(self):
        self.assertEqual(1, 2, msg="custom note")
    def test_true(self):
        self.assertTrue([], "list should not be empty")
    def test_in(self):
        self.assertIn("z", ["a", "b"])
    def test_is_none(self):
        self.assertIsNone(0)
    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)
    def test_almost_delta(self):
        self.assertAlmostEqual(10, 12, delta=1)
    def test_greater(self):
        self.assertGreater(1, 5)
    def test_isinstance(self):
        self.assertIsInstance("x", int)
    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2, 3])
    def test_regex(self):
        self.assertRegex("hello", r"^wor")
    def test_not_equal(self):
        self.assertNotEqual([1], [1])
    def test_is(self):
        self.assertIs([], None)
    def test_big_list(self):
        self.assertListEqual(list(range(100)), list(range(1, 101)))

class ShortMessages(unittest.TestCase):
    longMessage = False
    def test_msg(self):
        self.assertEqual(1, 2, "only this")
    def test_maxdiff(self):
        self.assertEqual("a\n" * 400, "b\n" * 400)

unittest.main(verbosity=2)
