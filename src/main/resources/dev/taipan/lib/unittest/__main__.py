"""python -m unittest: runs the tests named on the command line, or discovers them."""

import os
import sys

if sys.argv[0].endswith("__main__.py"):
    executable = os.path.basename(sys.executable) if sys.executable else 'python'
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from unittest.main import main

main(module=None)
