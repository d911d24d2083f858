# Messages of value-related errors: conversions, arithmetic, containers.

def attempt(src):
    try:
        r = eval(src)
        print(f"{src}: ok {r!r}")
    except Exception as e:
        print(f"{src}: {type(e).__name__}: {e}")

# --- case: int and float parsing
for src in ["int('x')", "int('')", "int('1.5')", "int(' 12 ')", "int('1_000')", "int('1__0')",
            "int('z', 10)", "int('12', 2)", "int('10', 1)", "int('10', 37)", "int(1.5e300 * 1e10)",
            "int(float('nan'))", "int(None)", "int([])", "int('٣')", "float('abc')", "float('')",
            "float('1e500')", "float('nan')", "float('  -inf ')", "float([])", "float('1_0')",
            "complex('1+')", "int('0x10')", "int('0x10', 0)", "int('010', 0)"]:
    attempt(src)

# --- case: arithmetic errors
for src in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "1.5 % 0", "divmod(1, 0)",
            "0 ** -1", "0.0 ** -1", "2 ** 10000 * 1.0", "10.0 ** 400", "pow(2, 3, 0)",
            "pow(2, -1, 4)", "pow(2.0, 3, 5)", "1 << -1", "1 >> -1", "type((-8) ** 0.5).__name__",
            "complex(1, 0) / 0", "round(float('inf'))", "round(float('nan'))", "(2 ** 2000) / 3 > 0",
            "float(2 ** 2000)", "1e308 * 10", "(-1) ** 0.5 == 1j"]:
    attempt(src)

# --- case: chr, ord and range errors
for src in ["chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "range(0, 10, 0)", "range(1.5)",
            "'abc'.split('')", "'x'.center(5, 'ab')", "'a'.join([1])", "'%s %s' % ('a',)",
            "'%s' % ('a', 'b')", "'{}'.format()", "'{0} {1}'.format(1)", "'{x}'.format()",
            "'{:d}'.format('s')", "format(1.5, 'd')", "bytes([256])", "bytes('s')", "b'a'.decode('nope')",
            "list(range(3)).index(9)", "[].insert()", "'abc'.replace()", "'abc'.startswith(1)"]:
    attempt(src)

# --- case: dict and set errors
for src in ["{}['missing']", "{1: 2}.pop(3)", "{}.fromkeys(1)", "{[1]: 2}", "set([[1]])",
            "frozenset({1}).remove", "{1}.remove(2)", "dict(a=1)['b']", "{'a': 1} | 5"]:
    attempt(src)

# --- case: hashing errors
for src in ["hash([])", "hash({})", "hash(set())", "hash((1, [2]))", "hash(slice(1)) == hash(slice(1))", "hash(frozenset())==hash(frozenset())"]:
    attempt(src)

# --- case: overflow and size errors
for src in ["range(2 ** 100)[0]", "len(range(2 ** 100))",
            "(1).to_bytes(0, 'big')", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')",
            "int.from_bytes(b'\\x01', 'middle')"]:
    attempt(src)
