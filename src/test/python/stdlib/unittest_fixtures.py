# Class and module fixtures, cleanups, skips, chained errors, FunctionTestCase, failfast, buffer, main().
import io, re, sys, unittest

def run(*tests, verbosity=1, **kw):
    stream = io.StringIO()
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for c in tests:
        if isinstance(c, type):
            suite.addTests(loader.loadTestsFromTestCase(c))
        else:
            suite.addTest(c)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue())
    text = text.replace(__file__, 'FILE')  # the traceback paths differ from machine to machine
    text = re.sub(r'File ".*[/\\]([^/\\]+)"', r'File "\1"', text)
    print(text)
    print(result, result.wasSuccessful(), len(result.skipped), result.testsRun)
    return result

log = []
def setUpModule():
    print("setUpModule")
def tearDownModule():
    print("tearDownModule")

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)
        cls.addClassCleanup(print, "class cleanup")
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)
    def setUp(self):
        self.addCleanup(print, "cleanup 1", self._testMethodName)
        self.addCleanup(print, "cleanup 2", self._testMethodName)
    def test_a(self):
        print("test_a")
    def test_b(self):
        print("test_b")
        self.skipTest("skipping b")

class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup failed")
    def test_x(self):
        print("never")

class SkipClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no resource")
    def test_x(self):
        print("never")

@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_one(self): pass
    def test_two(self): pass

class BadSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, "cleanup runs after failed setUp")
        raise OSError(2, "missing")
    def test_x(self):
        print("never")

class BadCleanup(unittest.TestCase):
    def test_x(self):
        def bad():
            raise ValueError("cleanup broke")
        self.addCleanup(bad)
    def tearDown(self):
        raise TypeError("teardown broke")

class Conditional(unittest.TestCase):
    @unittest.skipIf(True, "if true")
    def test_if(self): pass
    @unittest.skipUnless(False, "unless false")
    def test_unless(self): pass
    @unittest.skipIf(False, "no")
    def test_runs(self): pass
    @unittest.skip
    def test_bare_skip(self): pass

class Chained(unittest.TestCase):
    def test_chain(self):
        try:
            {}['k']
        except KeyError as e:
            raise ValueError("converted") from e
    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.assertEqual([1], [2])
    def helper(self):
        self.assertIn(1, [])
    def test_helper(self):
        self.helper()

run(Fixtures, BadSetUpClass, SkipClassSetUp, SkippedClass, BadSetUp, BadCleanup, verbosity=2)
run(Conditional, Chained, verbosity=2)
run(Conditional, Chained)

def plain():
    print("plain function")
def failing():
    """Function doc."""
    assert False, "nope"
run(unittest.FunctionTestCase(plain), unittest.FunctionTestCase(failing), verbosity=2)
ftc = unittest.FunctionTestCase(plain, description="described")
print(str(ftc), repr(ftc)[:40], ftc.id(), ftc.shortDescription())
t = Conditional('test_runs')
print(str(t), repr(t), t.id(), t.shortDescription(), t.countTestCases())
print(t == Conditional('test_runs'), t == Conditional('test_if'), hash(t) == hash(Conditional('test_runs')))
try:
    Conditional('nope')
except ValueError as e:
    print(e)
# failfast
class FF(unittest.TestCase):
    def test_1(self): self.fail("one")
    def test_2(self): self.fail("two")
r = run(FF, failfast=True)
# result API directly
res = unittest.TestResult()
Conditional('test_runs').run(res)
Conditional('test_if').run(res)
print(res, res.skipped[0][0], res.skipped[0][1], res.testsRun, res.shouldStop)
print(repr(unittest.TestSuite([Conditional('test_runs')])))
s = unittest.TestSuite()
s.addTest(Conditional('test_runs'))
s.addTests([Conditional('test_if'), unittest.TestSuite([Conditional('test_unless')])])
print(s.countTestCases(), len(list(s)))
for bad in (Conditional, "abc", 5):
    try:
        s.addTests(bad) if bad == "abc" else s.addTest(bad)
    except TypeError as e:
        print(e)
# buffer
class Buffered(unittest.TestCase):
    def test_quiet(self):
        print("hidden output")
    def test_loud(self):
        print("shown output")
        sys.stderr.write("err text\n")
        self.fail("x")
saved_stderr = sys.stderr
sys.stderr = sys.stdout
run(Buffered, buffer=True)
sys.stderr = saved_stderr
# unittest.main with exit=False
class M(unittest.TestCase):
    def test_m(self): pass
old = sys.stderr
sys.stderr = io.StringIO()
prog = unittest.main(module=__name__, argv=['prog', 'M'], exit=False)
out = sys.stderr.getvalue(); sys.stderr = old
print(re.sub(r'in \d+\.\d+s', 'in 0.000s', out).replace(__file__, 'FILE'))
print(prog.result)
try:
    sys.stderr = io.StringIO()
    unittest.main(argv=['prog', 'M.test_m', '-v'])
except SystemExit as e:
    out = sys.stderr.getvalue(); sys.stderr = old
    print("exit", e.code)
    print(re.sub(r'in \d+\.\d+s', 'in 0.000s', out).replace(__file__, 'FILE'))
try:
    sys.stderr = io.StringIO()
    unittest.main(argv=['prog', '-k', 'nomatch'])
except SystemExit as e:
    out = sys.stderr.getvalue(); sys.stderr = old
    print("exit", e.code)
    print(re.sub(r'in \d+\.\d+s', 'in 0.000s', out).replace(__file__, 'FILE'))
