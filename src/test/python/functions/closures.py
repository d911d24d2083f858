# Closures, cells and nonlocal.

# --- case: basic closure
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))

# --- case: closure cells visible via __closure__
print(len(add5.__closure__), add5.__closure__[0].cell_contents, add5.__code__.co_freevars)
print(make_adder.__code__.co_cellvars, make_adder.__closure__)

# --- case: late binding in loops
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
def make_all():
    return [lambda j=j: j for j in range(3)]
print([f() for f in make_all()])

# --- case: nonlocal accumulator
def accumulator():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = accumulator()
print(acc(1), acc(10), acc(100))

# --- case: two closures sharing a cell
def pair():
    x = 0
    def get():
        return x
    def inc():
        nonlocal x
        x += 1
    return get, inc
get, inc = pair()
inc(); inc()
print(get(), get.__closure__[0] is inc.__closure__[0])

# --- case: closure over loop variable in nested function sees final value
def loop_closure():
    fns = []
    for k in "abc":
        def f():
            return k
        fns.append(f)
    return [fn() for fn in fns]
print(loop_closure())

# --- case: deep nesting
def l1():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            def l4():
                return a + b + c
            return l4
        return l3
    return l2
print(l1()()()())

# --- case: closure captures variable assigned after inner def
def after():
    def inner():
        return later
    later = "assigned later"
    return inner()
print(after())

# --- case: cell modified after closure creation
def modified():
    v = "old"
    f = lambda: v
    v = "new"
    return f()
print(modified())

# --- case: class method closure over function local
def make_class(tag):
    class Tagged:
        def tag(self):
            return tag
    return Tagged
print(make_class("t1")().tag(), make_class("t2")().tag())

# --- case: __class__ cell for super
class Base:
    def who(self): return "base"
class Derived(Base):
    def who(self):
        return "derived>" + super().who()
    def cls(self):
        return __class__.__name__
print(Derived().who(), Derived().cls(), Derived.who.__code__.co_freevars)

# --- case: counter generator via closures
def counter(start):
    count = start
    def nxt():
        nonlocal count
        count, old = count + 1, count
        return old
    return nxt
c = counter(10)
print([c() for _ in range(4)])

# --- case: empty cell
def empty_cell():
    def inner():
        return x
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    x = 1
    print(cell.cell_contents)
empty_cell()
