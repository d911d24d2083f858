# The diff parts of assertEqual's messages (they come from difflib.ndiff and pprint).
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(*args, **kw):
    try:
        t.assertEqual(*args, **kw)
    except AssertionError as e:
        print(str(e))
        print('-----')
    else:
        print('ok')


check('a' * 100, 'a' * 99 + 'b')
check('x' * 50 + 'abc' * 30, 'y' + 'x' * 49 + 'abc' * 30)
check([1, 2], [1, 2, 3])
check((1, 2, 3), (1, 2))
check({'a': 1}, {'a': 2})
check([1, 2, 3], [1, 2, 4])
check('abc', 'abd')
check('one\ntwo\nthree\n', 'one\ntoo\nthree\nfour\n')
check('no newline', 'no newline\n')
check(list(range(30)), list(range(29)) + [99])
check({'key%d' % i: i for i in range(12)}, {'key%d' % i: i * (i != 7) for i in range(12)})
check([{'name': 'alpha', 'tags': ['x', 'y']}], [{'name': 'alpha', 'tags': ['x', 'z']}])
t.maxDiff = 20
check([1, 2, 3], [1, 2, 4])
check('line one\nline two\n', 'line one\nline 2\n')
check({'a': [1, 2, 3]}, {'a': [1, 2, 4]})
t.maxDiff = None
check('x\n' * 3, 'x\n' * 2 + 'y\n')
t.assertMultiLineEqual('same\n', 'same\n')
try:
    t.assertListEqual([1, [2, 3]], [1, [2, 4]], 'with message')
except AssertionError as e:
    print(e)
try:
    t.assertDictEqual({1: 'a'}, {1: 'b'}, 'dict message')
except AssertionError as e:
    print(e)
try:
    t.assertCountEqual(list(range(100)), list(range(1, 101)))
except AssertionError as e:
    print(e)
t.maxDiff = 0
for first, second in (([1, 2], [1, 2, 3]), ('ab', 'abc')):
    try:
        t.assertSequenceEqual(first, second)
    except AssertionError as e:
        print(e)
