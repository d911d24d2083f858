# complex numbers basics.

# --- case: construction and attributes
z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z.conjugate(), complex(-1.5, 0), complex(0, -0.0), 2j, -2j, 1 + 0j)
print(repr(complex(1, float("inf"))), repr(complex(float("nan"), 1)), complex("1e3+2.5j"), complex("-j"), complex("+1.5"))

# --- case: arithmetic
a, b = 1 + 2j, 3 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, -a, +a, a * 2, 2 / a)
print((1j) ** 2, 1j ** 0, (2 + 0j) ** 3, 0j ** 0)

# --- case: equality and comparisons
print(1 + 0j == 1, 1j == 1j, complex(1, 0) == 1.0, a != b, hash(2 + 0j) == hash(2))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)

# --- case: unsupported operations
for expr in ["a // b", "a % b", "divmod(a, b)", "int(a)", "float(a)", "round(a)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)

# --- case: division by zero
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# --- case: formatting
print(f"{a}", f"{a:.2f}", format(3 + 4j, "^20"), f"{1.5 - 2.25j:+.1f}", str(complex(0, 1)), str(complex(-0.0, -1)))

# --- case: complex from string errors
for s in ["1+2", "j1", "1 + 2j", "(1+2j)", ""]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

# --- case: bool of complex
print(bool(0j), bool(1j), bool(complex(0, 0.0)), bool(complex(-0.0, 0)))
