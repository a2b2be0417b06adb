# unittest.result, written for Loopscope from CPython 3.11's behaviour. Tracebacks come from
# `traceback`, which leaves library frames (unittest's own among them) out, as CPython's
# result cleans unittest's frames out of them.

import io
import sys
import traceback
import _loopscope

from . import util
from functools import wraps

__unittest = True


def failfast(method):
    @wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


def _is_unittest_frame(frame, hidden_files=()):
    return frame.filename.startswith('<stdlib>/unittest/') or frame.filename in hidden_files


def _hiding_files():
    # The files of the modules whose globals set `__unittest`, which CPython's runner
    # leaves out of reports as its own (a program's assertion helpers do it too).
    files = set()
    for module in list(sys.modules.values()):
        namespace = getattr(module, '__dict__', None)
        if isinstance(namespace, dict) and namespace.get('__unittest'):
            filename = namespace.get('__file__')
            if isinstance(filename, str):
                files.add(filename)
    return files


def _relevant_frames(exc, tb, test):
    # CPython's _clean_tracebacks: the runner's frames at the top go, and a failure raised by
    # an assert* method ends at the first of unittest's frames below the test's own.
    frames = list(traceback.extract_tb(tb)) if tb is not None else []
    if not frames:
        # Nothing of unittest's to clean: `traceback` knows whether the exception passed
        # through frames it leaves out (native code CPython writes in Python).
        return None
    hidden = _hiding_files()
    start = 0
    while start < len(frames) and _is_unittest_frame(frames[start], hidden):
        start += 1
    frames = frames[start:]
    if type(exc) is getattr(test, 'failureException', None):
        for i, frame in enumerate(frames):
            if _is_unittest_frame(frame, hidden):
                return frames[:i]
    return frames


def _chain_has_group(exc):
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, BaseExceptionGroup):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return False


def _format_without_unittest_frames(exc, tb, test):
    # TracebackException(compact=True).format() over the cleaned tracebacks: an exception
    # left with no frame at all prints without the "Traceback" line. Exception groups
    # (a TaskGroup's) print as `traceback` prints them.
    if _chain_has_group(exc):
        return traceback.format_exception(exc)
    lines = []
    seen = set()

    def add(exc, tb):
        seen.add(id(exc))
        cause, context = exc.__cause__, exc.__context__
        if cause is not None and id(cause) not in seen:
            add(cause, cause.__traceback__)
            lines.append('\nThe above exception was the direct cause of the following '
                         'exception:\n\n')
        elif (cause is None and context is not None and not exc.__suppress_context__
              and id(context) not in seen):
            add(context, context.__traceback__)
            lines.append('\nDuring handling of the above exception, another exception '
                         'occurred:\n\n')
        frames = _relevant_frames(exc, tb, test)
        if frames is None:
            lines.extend(traceback.format_exception(exc, chain=False))
            return
        if frames:
            lines.append('Traceback (most recent call last):\n')
            shown = [f for f in frames if not f.filename.startswith('<stdlib>/')]
            lines.extend(traceback.format_list(shown))
        lines.extend(traceback.format_exception_only(exc))

    add(exc, tb)
    return lines


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


class TestResult(object):
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
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
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
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                # a failing test: show what it printed
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
        pass

    @failfast
    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
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
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        if self.tb_locals:
            _loopscope.unsupported("unittest tracebacks with locals (tb_locals)")
        if value is None:
            value = exctype()
        lines = _format_without_unittest_frames(value, tb, test)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                lines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                lines.append(STDERR_LINE % error)
        return ''.join(lines)

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
