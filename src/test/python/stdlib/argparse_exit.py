# An uncaught parse error exits with status 2; prog defaults to the script's name.
import argparse

parser = argparse.ArgumentParser(description="exit status")
parser.add_argument("--count", type=int, default=1)
print(parser.prog)
print(parser.format_usage(), end="")
print(parser.parse_args(["--count", "3"]))
try:
    parser.exit(3, "leaving\n")
except SystemExit as e:
    print("exit", e.code)
try:
    parser.error("custom problem")
except SystemExit as e:
    print("exit", e.code)
parser.parse_args(["--count", "three"])
print("not reached")
