"""TestResult: what a test run collects (errors, failures, skips, counts)."""

import functools
import io
import sys
import traceback

from . import util

__unittest = True


def failfast(method):
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


class TestResult(object):
    """Collects the outcome of tests; the runner reads it when the run ends."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """An unexpected exception; err is a tuple as sys.exc_info() returns."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """A failed assertion; err is a tuple as sys.exc_info() returns."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """The end of a subtest; err is None when it succeeded."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"
        pass

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """Called when a test finished, with its run time in seconds."""
        if hasattr(self, "collectedDurations"):
            self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        """Whether no test failed, errored or passed unexpectedly."""
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Asks the run to stop after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        relevant = self._clean_tracebacks(exctype, value, tb, test)
        tb_e = traceback.TracebackException(
            exctype, value, relevant[0][0], capture_locals=self.tb_locals, compact=True)
        self._trim_stacks(tb_e, value, relevant)
        msgLines = list(tb_e.format())
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                msgLines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                msgLines.append(STDERR_LINE % error)
        return ''.join(msgLines)

    def _clean_tracebacks(self, exctype, value, tb, test):
        # Leading frames of unittest itself are dropped; for assertion failures the frames of
        # the assert methods at the end go too. Tracebacks here cannot be cut, so the counts
        # of frames to keep are passed on: {id(exception): (first tb, frames to keep)}.
        relevant = {}
        pending = [(exctype, value, tb)]
        seen = {id(value)}
        first = None
        while pending:
            exctype, value, tb = pending.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            keep = None
            if exctype is test.failureException:
                keep = self._count_user_frames(tb) or None
            if first is None:
                first = (tb, keep)
            elif value is not None:
                value.__traceback__ = tb
            relevant[id(value)] = (tb, keep)
            if value is not None:
                for chained in (value.__cause__, value.__context__):
                    if chained is not None and id(chained) not in seen:
                        pending.append((type(chained), chained, chained.__traceback__))
                        seen.add(id(chained))
        relevant[0] = first
        return relevant

    def _trim_stacks(self, tb_e, value, relevant, seen=None):
        if seen is None:
            seen = set()
        if tb_e is None or value is None or id(tb_e) in seen:
            return
        seen.add(id(tb_e))
        entry = relevant.get(id(value))
        if entry is not None and entry[1] is not None:
            del tb_e.stack[entry[1]:]
        self._trim_stacks(getattr(tb_e, '__cause__', None), value.__cause__, relevant, seen)
        self._trim_stacks(getattr(tb_e, '__context__', None), value.__context__, relevant, seen)

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _count_user_frames(self, tb):
        count = 0
        while tb and not self._is_relevant_tb_level(tb):
            count += 1
            tb = tb.tb_next
        return count

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
