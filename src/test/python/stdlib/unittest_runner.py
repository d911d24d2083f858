# TextTestRunner output at verbosity 0, 1 and 2: dots, letters, subtests, skips, expected failures.
import io, re, sys, unittest

def run(*classes, verbosity=1, **kw):
    stream = io.StringIO()
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for c in classes:
        suite.addTests(loader.loadTestsFromTestCase(c))
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue())
    text = text.replace(__file__, 'FILE')  # the traceback paths differ from machine to machine
    text = re.sub(r'File ".*[/\\]([^/\\]+)"', r'File "\1"', text)
    print(text)
    print(result)
    return result

class Basic(unittest.TestCase):
    def setUp(self):
        print("setUp", self._testMethodName)
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_ok(self):
        """Docstring first line.

        more"""
        self.assertEqual(1, 1)
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_error(self):
        raise ValueError("boom")
    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_sub_msg(self):
        with self.subTest("msg", a=1):
            with self.subTest(b=2):
                raise KeyError('k')

run(Basic)
run(Basic, verbosity=2)
run(Basic, verbosity=0)
