# eval, exec, compile, globals, locals.

# --- case: eval expressions with namespaces
print(eval("1 + 2 * 3"), eval("x * y", {"x": 6, "y": 7}), eval("z", {}, {"z": "local"}))
print(eval("  [i for i in range(3)]  "), eval("'%s' % name", {"name": "n"}))

# --- case: eval sees builtins even with empty globals
print(eval("len('abc')", {}), "__builtins__" in (g := {}) or (eval("1", g), "__builtins__" in g)[1])

# --- case: restricted builtins
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)

# --- case: exec statements and define functions
ns = {}
exec("def f(a):\n    return a * 2\nresult = f(21)", ns)
print(ns["result"], ns["f"](5), sorted(k for k in ns if k != "__builtins__"))

# --- case: exec returns None and separate locals
g, l = {}, {}
print(exec("v = 1\nw = v + 1", g, l), sorted(l), "v" in g)

# --- case: eval rejects statements
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# --- case: compile modes
code = compile("a + b", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"a": 1, "b": 2}))
code = compile("for i in range(2): print('exec loop', i)", "<exec>", "exec")
exec(code)
code = compile("3 * 7", "<single>", "single")
exec(code)
code = compile("x = 5", "<single>", "single")
print(eval(code, {}))

# --- case: syntax errors from compile
for src in ["1 +", "def f(:", "x ===", "return 5", "break", "  indented", "(]"]:
    try:
        compile(src, "<bad>", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)

# --- case: globals() is the module namespace
globals()["created_dynamically"] = "yes"
print(created_dynamically, globals()["__name__"], "eval" not in globals())

# --- case: locals() in function is a snapshot
def snap():
    x = 1
    loc = locals()
    x = 2
    return loc["x"], locals()["x"]
print(snap())

# --- case: locals() at module level is globals()
print(locals() is globals())

# --- case: exec in function does not create real locals
def ex():
    exec("hidden = 5")
    try:
        return hidden
    except NameError as e:
        return str(e)
print(ex())

# --- case: eval with a closure-free lambda and nested scopes
print(eval("(lambda q: q + 1)(1)"), eval("[w for w in range(3) if w]"))

# --- case: compile flags: dont_inherit and optimize basic
c = compile("assert False, 'x'", "<opt>", "exec", optimize=0)
try:
    exec(c)
except AssertionError as e:
    print(type(e).__name__, e)

# --- case: exec of code with return value captured through namespace
out = {}
exec("import math\nresult = math.factorial(5)", out)
print(out["result"], type(out["math"]).__name__)
