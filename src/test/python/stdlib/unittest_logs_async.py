# assertLogs/assertNoLogs and IsolatedAsyncioTestCase.
import asyncio
import io
import logging
import re
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
with t.assertLogs() as cm:
    logging.getLogger('app').info('first %d', 1)
    logging.getLogger('app.db').error('second')
print(cm.output, [r.levelname for r in cm.records])
with t.assertLogs('app', level='WARNING') as cm:
    logging.getLogger('app').info('hidden')
    logging.getLogger('app').warning('shown')
print(cm.output)
for args in ((), ('app',), ('app', 'ERROR'), ('app', logging.DEBUG)):
    try:
        with t.assertLogs(*args):
            logging.getLogger('other').critical('elsewhere')
    except AssertionError as e:
        print(e)
try:
    with t.assertNoLogs('app'):
        logging.getLogger('app.sub').warning('oops')
except AssertionError as e:
    print(e)
with t.assertNoLogs('app', level='ERROR') as nothing:
    logging.getLogger('app').warning('fine')
print(nothing)
try:
    with t.assertLogs('app'):
        raise KeyError('passes through')
except KeyError as e:
    print('KeyError', e)
log = logging.getLogger('app')
print(log.handlers, log.level, log.propagate)


class Async(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        print('asyncSetUp')
        self.value = await asyncio.sleep(0, result=42)

    def setUp(self):
        print('setUp')

    async def test_value(self):
        self.assertEqual(self.value, 42)
        self.addAsyncCleanup(self.cleanup, 'bye')

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(self.value, 41)

    def test_sync(self):
        print('sync test')

    async def cleanup(self, word):
        print('async cleanup', word)

    async def asyncTearDown(self):
        print('asyncTearDown')

    def tearDown(self):
        print('tearDown')


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(Async))
text = re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue())
# asyncio's own frames differ between implementations: keep the report without the traceback.
print('\n'.join(line for line in text.splitlines()
                if not line.startswith('  ') and not line.startswith('Traceback')))
print(result.testsRun, len(result.failures), len(result.errors))
print('IsolatedAsyncioTestCase' in dir(unittest))
