# Ends with sys.exit(3); finally blocks run during SystemExit.
import sys

# --- case: SystemExit is catchable
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e.code).__name__)

# --- case: except Exception does not catch SystemExit
try:
    try:
        sys.exit("message")
    except Exception:
        print("never")
except SystemExit as e:
    print("only BaseException handler sees", repr(e.code))

# --- case: raise SystemExit directly
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code", e.code)

# --- case: finally runs while exiting
try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally during exit")
print("never printed")
