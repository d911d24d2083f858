# The del statement in all its forms.

# --- case: del name
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)

# --- case: del several targets including tuple forms
a, b, c = 1, 2, 3
del a, (b, c)
print([n for n in ("a", "b", "c") if n in globals()])

# --- case: del subscript and slice
d = {"k": 1, "j": 2}
del d["k"]
lst = [0, 1, 2, 3, 4]
del lst[0], lst[-1]
del lst[1:2]
print(d, lst)

# --- case: del missing key and index
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[99]
except IndexError as e:
    print(type(e).__name__, e)

# --- case: del attribute
class O:
    cls_attr = 1
o = O()
o.v = 5
del o.v
print(hasattr(o, "v"))
try:
    del o.v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del O.cls_attr
print(hasattr(O, "cls_attr"))

# --- case: del local then use is UnboundLocalError
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(f())

# --- case: del of an unassigned local
def g():
    try:
        del z
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 1
g()

# --- case: del global from function
gv = 10
def kill():
    global gv
    del gv
kill()
print("gv" in globals())

# --- case: del a loop variable and an exception name
for i in range(2):
    pass
del i
try:
    raise ValueError("v")
except ValueError as err:
    pass
print("i" in globals(), "err" in globals())

# --- case: del calls __delitem__ and __delattr__
class Tracker:
    def __delitem__(self, k): print("delitem", k)
    def __delattr__(self, n): print("delattr", n)
t = Tracker()
del t[1:2, 3]
del t.anything

# --- case: del on immutable
try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del "abc"[0]
except TypeError as e:
    print(type(e).__name__, e)
