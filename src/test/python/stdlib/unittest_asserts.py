# The messages of the assert methods, assertRaises/assertWarns as context managers and callables.
import unittest

class T(unittest.TestCase):
    def runTest(self): pass

t = T()

def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
    except AssertionError as e:
        print(name, '->', repr(str(e)))
    except Exception as e:
        print(name, '!!', type(e).__name__, e)
    else:
        print(name, 'ok')

check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom')
check('assertNotEqual', 1, 1)
check('assertTrue', 0)
check('assertFalse', [1])
check('assertIs', 1, None)
check('assertIsNot', None, None)
check('assertIsNone', 3)
check('assertIsNotNone', None)
check('assertIn', 3, [1, 2])
check('assertNotIn', 1, [1, 2])
check('assertIsInstance', 1, str)
check('assertNotIsInstance', 1, int)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 1.0, 1.1, delta=0.05)
check('assertAlmostEqual', 1.0, 1.1, delta=0.5)
check('assertAlmostEqual', 1.0, 1.1, delta=0.5, places=2)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.1, delta=0.5)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertRegex', 'hello', 'x+')
check('assertNotRegex', 'hello', 'l+')
check('assertCountEqual', [1, 2, 2], [2, 1, 1])
check('assertCountEqual', [[1], [2]], [[2], [1]])
check('assertCountEqual', [[1], [2], [2]], [[2], [1]])
check('assertCountEqual', 'abc', 'cba')
check('assertSetEqual', {1, 2}, {2, 3})
check('assertSetEqual', {1}, [1])
check('assertSetEqual', 1, {1})
check('assertSequenceEqual', (1, 2), [1, 2])
check('assertTupleEqual', (1, 2), [1, 2])
check('assertListEqual', [1], (1,))
check('assertDictEqual', {}, [])
check('assertMultiLineEqual', 1, 'a')
check('fail')
check('fail', 'why')
t.longMessage = False
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 1, 2)
t.longMessage = True

try:
    with t.assertRaises(ValueError) as cm:
        raise ValueError('v', 1)
    print('exception', repr(cm.exception), cm.exception.__traceback__)
except AssertionError as e:
    print('bad', e)

def noraise(): pass
check('assertRaises', ValueError, noraise)
check('assertRaises', (ValueError, TypeError), noraise)
check('assertRaises', ValueError, int, 'x')
check('assertRaises', 1, int, 'x')
check('assertRaises', ValueError, foo=1)
check('assertRaisesRegex', ValueError, 'invalid', int, 'x')
check('assertRaisesRegex', ValueError, 'nomatch', int, 'x')
try:
    with t.assertRaises(KeyError, msg='extra'):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError):
        raise TypeError('other')
except TypeError as e:
    print('propagated', e)
try:
    with t.assertRaisesRegex(KeyError, 'a.c'):
        raise KeyError('xyz')
except AssertionError as e:
    print(e)

import warnings
def warn():
    warnings.warn("careful", UserWarning)
with t.assertWarns(UserWarning) as cm:
    warn()
print(type(cm.warning).__name__, cm.warning, cm.lineno)
check('assertWarns', UserWarning, noraise)
check('assertWarnsRegex', UserWarning, 'xyz', warn)
check('assertWarnsRegex', UserWarning, 'car', warn)
try:
    with t.assertWarns(DeprecationWarning):
        pass
except AssertionError as e:
    print(e)

class Hard:
    def __repr__(self): raise RuntimeError
check('assertIsNone', Hard.__new__(Hard) and 5)
print(unittest.util.safe_repr('x' * 100, True))
t.maxDiff = None
check('assertEqual', 'a\nb\nc\n', 'a\nB\nc\n')
check('assertEqual', {1, 2}, {1, 3})
check('assertEqual', frozenset([1]), frozenset())

# assertSequenceEqual without the pretty diff (lengths, indexing and non-sequences)
t.maxDiff = 0
check('assertSequenceEqual', 5, [1])
check('assertSequenceEqual', [1], 5)
check('assertMultiLineEqual', 'x', 'y')
t.maxDiff = 80 * 8
check('assertEqual', 1.5, 1.5)
check('assertEqual', [1, (2, 3)], [1, (2, 3)])
check('assertEqual', [1], (1,))
check('assertEqual', b'ab', b'ac')
check('assertEqual', 1, 1.0)
print(unittest.util._common_shorten_repr('a' * 30, 'a' * 30 + 'b'))
print(unittest.util._common_shorten_repr('x' * 200, 'x' * 150 + 'y' * 50))
print(unittest.util._common_shorten_repr('q' * 100, 'r' * 100))
print(unittest.util.strclass(T), unittest.util.safe_repr(Hard()) .startswith('<__main__.Hard object at'))

class Custom(unittest.TestCase):
    def runTest(self):
        pass

class Money:
    def __init__(self, cents):
        self.cents = cents
def money_equal(a, b, msg=None):
    if a.cents != b.cents:
        raise Custom.failureException(msg or 'money differs: %d vs %d' % (a.cents, b.cents))
c = Custom()
c.addTypeEqualityFunc(Money, money_equal)
try:
    c.assertEqual(Money(1), Money(2))
except AssertionError as e:
    print(e)
c.assertEqual(Money(3), Money(3))

class MyFailure(Exception):
    pass
class OwnFailure(unittest.TestCase):
    failureException = MyFailure
    def runTest(self):
        self.assertTrue(False)
r = unittest.TestResult()
OwnFailure().run(r)
print(len(r.failures), len(r.errors), r.failures[0][1].splitlines()[-1])

# assertRaises keeps the exception and its args; as a context manager it can be reused
with t.assertRaises(ZeroDivisionError) as ctx:
    1 / 0
print(type(ctx.exception).__name__, ctx.exception.args)
with t.assertRaisesRegex(ValueError, r'^inv') as ctx:
    int('z')
print(ctx.expected_regex.pattern)
print(t.assertRaises(ValueError, int, 'q') is None)
