# Ends with an uncaught exception: exit status 1, traceback goes to stderr.

# --- case: output before the failure is flushed
print("before failure")
def fail(depth):
    if depth == 0:
        raise ValueError("uncaught on purpose")
    fail(depth - 1)
try:
    fail(2)
except ValueError as e:
    print("first time caught:", e)

# --- case: uncaught exception terminates the script
fail(3)
print("never printed")
