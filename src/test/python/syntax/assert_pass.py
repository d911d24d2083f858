# assert statements and pass.

# --- case: passing asserts do nothing
assert True
assert 1 == 1, "never shown"
print("asserts passed")

# --- case: failing assert without message
try:
    assert 1 > 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

# --- case: failing assert with message
try:
    assert [], "list was empty"
except AssertionError as e:
    print(type(e).__name__, e, e.args)

# --- case: message expression evaluated only on failure
def msg():
    print("building message")
    return "built"
assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print(e)

# --- case: non-string message
try:
    assert 0, {"code": 7}
except AssertionError as e:
    print(e.args[0]["code"], str(e))

# --- case: assert with parenthesized condition and message
x = 0
try:
    assert (x == 1), ("x was", x)
except AssertionError as e:
    print(e.args)

# --- case: assert inside function
def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    return v * 2
for v in [3, "s", 1.5]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", e)

# --- case: pass in every block kind
def empty(): pass
class Empty: pass
for _ in range(2): pass
while False: pass
if True: pass
else: pass
try: pass
except Exception: pass
finally: pass
class Null:
    def __enter__(self): return None
    def __exit__(self, *a): pass
with Null() as cm: pass
print(empty(), Empty.__name__, cm)

# --- case: __debug__ is true
print(__debug__)

# --- case: ellipsis as a body
def stub(): ...
print(stub())
