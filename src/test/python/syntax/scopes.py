# global and nonlocal declarations, name resolution (LEGB).

# --- case: global rebinding from a function
g = "module"
def set_global():
    global g
    g = "changed"
set_global()
print(g)

# --- case: global declared for a name that does not exist yet
def create():
    global fresh
    fresh = 123
create()
print(fresh)

# --- case: nonlocal counter
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make_counter()
print(c(), c(), c())

# --- case: nonlocal through several levels
def a():
    x = "a"
    def b():
        def c():
            nonlocal x
            x = "c"
        c()
        return x
    return b(), x
print(a())

# --- case: local shadows global, reading before assignment fails
v = 1
def shadow():
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 2
    return v
print(shadow(), v)

# --- case: builtins can be shadowed and restored
def use_len():
    return len("abc")
len = lambda s: -1
print(use_len())
del len
print(use_len())

# --- case: class scope does not enclose methods
class K:
    attr = "class"
    def m(self):
        try:
            return attr
        except NameError as e:
            return str(e)
    def n(self):
        return K.attr
print(K().m(), K().n())

# --- case: class body sees enclosing function locals
def factory():
    secret = 42
    class Inner:
        value = secret
        def get(self): return secret
    return Inner
I = factory()
print(I.value, I().get())

# --- case: class body name lookup prefers class namespace over globals
name = "global"
class N:
    name = "class"
    seen = name
print(N.seen)

# --- case: nonlocal and global in the same nested structure
total = 0
def outer():
    count = 0
    def inner():
        global total
        nonlocal count
        total += 10
        count += 1
    inner(); inner()
    return count
print(outer(), total)

# --- case: closures share cells
def pair():
    val = [0]
    shared = 0
    def get(): return shared
    def put(x):
        nonlocal shared
        shared = x
    return get, put
get, put = pair()
put(99)
print(get())

# --- case: names bound in except, for, with, import are local
def binds():
    for i in range(1): pass
    import math as m
    try:
        raise KeyError
    except KeyError as e:
        pass
    return sorted(locals())
print(binds())

# --- case: globals() and locals() reflect scopes
def loc(a):
    b = a * 2
    return sorted(locals().items())
print(loc(3), "loc" in globals())

# --- case: free variable referenced before outer assignment
def late():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 5
    return inner()
print(late())
