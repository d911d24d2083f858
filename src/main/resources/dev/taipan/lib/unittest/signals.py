"""Control-C handling for test runs (installHandler and friends).

Taipan's command does not deliver SIGINT to Python code, so the handler only records the
results a run registers; removeHandler and installHandler keep CPython's signatures.
"""

import functools
import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()
_handler_installed = [False]


def registerResult(result):
    """Remembers a result so that a Control-C handler could stop it."""
    _results[result] = 1


def removeResult(result):
    """Forgets a result registered with registerResult; returns whether it was there."""
    return bool(_results.pop(result, None))


def installHandler():
    """Installs the Control-C handler (see the module docstring)."""
    _handler_installed[0] = True


def removeHandler(method=None):
    """Removes the handler, or decorates method to run without it."""
    if method is not None:
        @functools.wraps(method)
        def inner(*args, **kwargs):
            previous = _handler_installed[0]
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                _handler_installed[0] = previous
        return inner
    _handler_installed[0] = False
