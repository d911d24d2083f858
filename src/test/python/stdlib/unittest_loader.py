# TestLoader (names, modules, discover) and unittest.main with argv, exit and verbosity.
import io
import os
import re
import shutil
import sys
import tempfile
import unittest


def normalise(text):
    text = re.sub(r'in \d+\.\d+s', 'in 0.000s', text)
    text = re.sub(r'File ".*[/\\]([^/\\]+)", line \d+', r'File "\1", line N', text)
    return text


def run(test, verbosity=2):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(test)
    print(normalise(stream.getvalue()))
    return result


def ids(suite):
    out = []
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            out.extend(ids(test))
        else:
            out.append(test.id())
    return out


class Zeta(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def helper(self):
        pass

    test_not_callable = 3


class Eta(unittest.TestCase):
    def runTest(self):
        pass


def suite_factory():
    return unittest.TestSuite([Zeta('test_a')])


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Zeta))
print(ids(loader.loadTestsFromTestCase(Zeta)))
print(ids(loader.loadTestsFromTestCase(Eta)))
print(ids(loader.loadTestsFromTestCase(unittest.TestCase)))
module = sys.modules[__name__]
print(ids(loader.loadTestsFromModule(module)))
print(ids(loader.loadTestsFromName('Zeta.test_b', module)))
print(ids(loader.loadTestsFromName('Zeta', module)))
print(ids(loader.loadTestsFromName('suite_factory', module)))
print(ids(loader.loadTestsFromNames(['Zeta.test_a', 'Eta'], module)))
for bad in ('normalise', 'Zeta.test_not_callable'):
    try:
        loader.loadTestsFromName(bad, module)
    except TypeError as e:
        print('TypeError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))
missing = loader.loadTestsFromName('Zeta.test_missing', module)
print(ids(missing), len(loader.errors))
print(loader.errors[-1].splitlines()[0])
result = unittest.TestResult()
missing.run(result)
print(result.errors[0][1].strip().splitlines()[-1])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(e)

loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Zeta))
loader = unittest.TestLoader()
loader.testMethodPrefix = 'help'
print(loader.getTestCaseNames(Zeta))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*test_a*']
print(loader.getTestCaseNames(Zeta))

# discover over a directory tree of its own
top = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(top, 'ut_pkg'))
    os.mkdir(os.path.join(top, 'not_a_package'))
    files = {
        'test_ut_first.py': (
            "import unittest\n"
            "class First(unittest.TestCase):\n"
            "    def test_one(self):\n"
            "        pass\n"
            "    def test_two(self):\n"
            "        self.assertEqual(2, 3)\n"),
        'ut_helper.py': "raise RuntimeError('must not be imported')\n",
        'test_ut_broken.py': "import ut_no_such_module_anywhere\n",
        'ut_pkg/__init__.py': "",
        'ut_pkg/test_ut_inner.py': (
            "import unittest\n"
            "class Inner(unittest.TestCase):\n"
            "    def test_inner(self):\n"
            "        pass\n"
            "    @unittest.skip('later')\n"
            "    def test_later(self):\n"
            "        pass\n"),
        'not_a_package/test_ut_hidden.py': "raise RuntimeError('not a package')\n",
        'test_ut_loadtests.py': (
            "import unittest\n"
            "class Loaded(unittest.TestCase):\n"
            "    def test_loaded(self):\n"
            "        pass\n"
            "def load_tests(loader, tests, pattern):\n"
            "    print('load_tests called with', pattern)\n"
            "    return tests\n"),
    }
    for name, text in files.items():
        with open(os.path.join(top, name), 'w') as f:
            f.write(text)
    loader = unittest.TestLoader()
    suite = loader.discover(top, pattern='test_ut*.py')
    print(ids(suite))
    print(len(loader.errors), loader.errors[0].splitlines()[0])
    result = run(suite)
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
    print(ids(unittest.TestLoader().discover(os.path.join(top, 'ut_pkg'), top_level_dir=top)))
    print(ids(unittest.TestLoader().discover(top, pattern='*inner*.py')))
    try:
        unittest.TestLoader().discover(os.path.join(top, 'not_a_package'), top_level_dir=top)
    except ImportError as e:
        print('ImportError:', str(e).replace(top, 'TOP'))
finally:
    shutil.rmtree(top)
    for name in list(sys.modules):
        if name.startswith(('test_ut_', 'ut_pkg')):
            del sys.modules[name]
    while top in sys.path:
        sys.path.remove(top)


# unittest.main: argv, exit codes, -v, -q, -k, -f, names
class Main(unittest.TestCase):
    def test_pass(self):
        pass

    def test_fail(self):
        self.fail('deliberate')


class Empty(unittest.TestCase):
    pass


def main(argv, **kw):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        program = unittest.main(module=__name__, argv=['prog'] + argv, **kw)
        code = 'no exit'
    except SystemExit as e:
        code = e.code
        program = None
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    print('argv', argv, 'exit', code)
    print(normalise(text))
    return program


main(['Main.test_pass'])
main(['Main'])
main(['-v', 'Main.test_pass', 'Zeta'])
main(['-q', 'Main'])
main(['-k', 'pass', 'Main'])
main(['-k', 'test_*a*', 'Main'])
main(['-f', 'Main.test_fail', 'Main.test_pass'])
main(['Empty'])
main(['Main.test_pass'], exit=False)
program = main(['Main.test_pass'], exit=False, verbosity=2)
print(program.result, program.verbosity, program.testNames)
main(['--bogus'])
main(['-k'])
main(['Main'], defaultTest='Zeta')
program = unittest.main(module=__name__, argv=['prog'], defaultTest='Zeta.test_a', exit=False,
                        testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(program.result.testsRun, program.result.wasSuccessful())
