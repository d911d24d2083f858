# Module fixtures that fail, module and class cleanups, enterContext, debug() and durations.
import contextlib
import io
import re
import sys
import types
import unittest


def run(*tests, verbosity=2, **kw):
    stream = io.StringIO()
    suite = unittest.TestSuite()
    for c in tests:
        suite.addTests(unittest.TestLoader().loadTestsFromTestCase(c))
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue())
    text = re.sub(r'File ".*[/\\]([^/\\]+)", line \d+', r'File "\1", line N', text)
    print(text)
    return result


def make_module(name, **attrs):
    module = types.ModuleType(name)
    module.__dict__.update(attrs)
    sys.modules[name] = module
    return module


def bad_setup():
    unittest.addModuleCleanup(print, 'module cleanup after failed setUpModule')
    raise ValueError('module setup broke')


mod_a = make_module('ut_mod_a', setUpModule=bad_setup)


class InA(unittest.TestCase):
    def test_never(self):
        print('never runs')


InA.__module__ = 'ut_mod_a'


def bad_teardown():
    raise KeyError('module teardown broke')


def good_setup():
    print('setUpModule b')
    unittest.addModuleCleanup(print, 'module cleanup b')


mod_b = make_module('ut_mod_b', setUpModule=good_setup, tearDownModule=bad_teardown)


class InB(unittest.TestCase):
    def test_runs(self):
        print('test in b')


InB.__module__ = 'ut_mod_b'


def skip_module():
    raise unittest.SkipTest('module unavailable')


mod_c = make_module('ut_mod_c', setUpModule=skip_module)


class InC(unittest.TestCase):
    def test_skipped_by_module(self):
        print('never runs')


InC.__module__ = 'ut_mod_c'

result = run(InA, InB, InC)
print(result.testsRun, len(result.errors), len(result.skipped))


@contextlib.contextmanager
def resource(name):
    print('enter', name)
    yield name.upper()
    print('exit', name)


class Contexts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = cls.enterClassContext(resource('class'))

    def setUp(self):
        self.value = self.enterContext(resource('test'))

    def test_values(self):
        print('values', self.shared, self.value)

    def test_bad_context(self):
        try:
            self.enterContext(object())
        except TypeError as e:
            print('TypeError:', e)


class ClassCleanupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(cls.broken)

    @classmethod
    def broken(cls):
        raise RuntimeError('class cleanup broke')

    def test_ok(self):
        pass


run(Contexts, ClassCleanupFails)


class Debugged(unittest.TestCase):
    def setUp(self):
        print('debug setUp')
        self.addCleanup(print, 'debug cleanup')

    def test_ok(self):
        print('debug test')

    def test_raises(self):
        raise LookupError('seen by the caller')


Debugged('test_ok').debug()
try:
    Debugged('test_raises').debug()
except LookupError as e:
    print('debug raised', repr(e))
try:
    unittest.TestSuite([Debugged('test_raises')]).debug()
except LookupError as e:
    print('suite debug raised', repr(e))

result = unittest.TestResult()
Debugged('test_ok').run(result)
print([(name, type(elapsed).__name__) for name, elapsed in result.collectedDurations])
print(result.wasSuccessful(), result.shouldStop)
result.stop()
print(result.shouldStop)

# a TestCase run without a result makes its own and returns it
print(type(Debugged('test_ok').run()).__name__)
print(Debugged('test_ok').defaultTestResult())


class ReturnsValue(unittest.TestCase):
    def test_returns(self):
        return 42


import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    ReturnsValue('test_returns').run(unittest.TestResult())
print([str(w.message).split(' (')[0] for w in caught], [w.category.__name__ for w in caught])
