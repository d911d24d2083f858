# Messages of common runtime errors: operators, indexing, calls, names.

def attempt(src, env=None):
    ns = {"A": A, "a": A()} if env is None else env
    try:
        exec(src, ns)
        print(f"{src!r}: ok")
    except Exception as e:
        print(f"{src!r}: {type(e).__name__}: {e}")

class A:
    pass

# --- case: unsupported operand types
for src in ["1 + 'a'", "'a' + 1", "[1] + (1,)", "None + 1", "1 - 'x'", "'a' * 'b'", "[] * 1.5",
            "{} | []", "1 @ 2", "'a' - 'b'", "2 ** 'x'", "'%d' % 'x'", "a + a", "1 < a", "-'s'",
            "~1.5", "{1} + {2}", "b'a' + 'a'", "'a' + b'a'", "1 / None", "divmod('a', 1)"]:
    attempt(src)

# --- case: subscripting
for src in ["x = None; x[0]", "x = 5; x[0]", "[1][5]", "(1,)[-2]", "'abc'[10]", "{}['k']", "{}[1]",
            "x = [1]; x['a']", "x = (1,); x['x']", "x = 's'; x[1.0]", "range(3)[3]", "A()[0]", "A[0]", "len[0]", "{}[[1]]", "b''[0]",
            "bytearray(1)[2]", "[].pop()", "[1].pop(5)", "{}.popitem()", "set().pop()", "[].remove(1)",
            "(1,).index(2)", "'abc'.index('z')", "[1, 2].index(3)"]:
    attempt(src)

# --- case: item assignment and deletion
for src in ["t = (1,); t[0] = 2", "s = 's'; s[0] = 'x'", "x = 5; x[0] = 1", "del (1,)[0]",
            "r = range(3); r[0] = 1", "f = frozenset(); f.add(1)", "d = {}; d[[1]] = 1"]:
    attempt(src)

# --- case: calling non-callables
for src in ["x = 1; x()", "x = 'a'; x()", "x = None; x()", "a()", "x = [1]; x[0]()"]:
    attempt(src)

# --- case: name errors
attempt("print(undefined_name)")
attempt("def f():\n    print(zz)\n    zz = 1\nf()")
attempt("def outer():\n    def inner():\n        return v\n    inner()\n    v = 1\nouter()")
attempt("del never_defined")

# --- case: attribute errors
for src in ["a.missing", "A.missing", "(1).foo", "'s'.foo", "None.foo", "[].push(1)",
            "import sys; sys.nonexistent", "a.__dict__ = 5", "(1).real = 2", "len.x = 1", "A.__name__ = 5"]:
    attempt(src)

# --- case: iteration and unpacking errors
for src in ["for x in 5: pass", "a, b = 1", "a, b = [1, 2, 3]", "a, b, c = 'ab'", "[*None]",
            "x, *y = []", "dict([1, 2])", "dict([(1, 2, 3)])", "list(1)", "min([])", "max()",
            "next(iter([]))", "sum(['a', 'b'])", "sum([[1]], [])", "sorted([1, 'a'])"]:
    attempt(src)
