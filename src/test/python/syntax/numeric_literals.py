# Numeric literal forms.

# --- case: integer literals in every base
print(0, 42, 0b1010, 0B11, 0o17, 0O7, 0x1F, 0XfF, 00, 0_0)

# --- case: underscores in literals
print(1_000_000, 0x_FF_FF, 0b_1_0, 0o_7_7, 1_0.5_0, 1e1_0, 0.000_1)

# --- case: float literals
print(1.0, 1., .5, 1e3, 1E-3, 1.5e+2, 0e0, 3.14_15, 10.e1)
print(1e308 * 10, 1e-324, 5e-324, 2.2250738585072014e-308)
print(0.1, 0.2, 0.30000000000000004, 1 / 3, 123456789012345678.0)

# --- case: imaginary literals
print(1j, 2.5j, 1e3j, 0j, 1_0j, 3 + 4j, -1j, (1j).imag, type(1j).__name__)

# --- case: huge integer literals
print(123456789012345678901234567890 * 10, 0xFFFFFFFFFFFFFFFFFFFFFFFF)
print(-9223372036854775808, 9223372036854775807, 18446744073709551616)

# --- case: unary minus and power precedence
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, 2 ** 3 ** 2, --3, -+-4, ~-1, not -0)

# --- case: attribute access on literals
print(1 .real, (1).imag, 1.5.is_integer(), 1j.real, 0x10 .bit_length(), 1e3.hex())

# --- case: invalid literal forms are syntax errors
for src in ["0_", "1__0", "09", "0b2", "0x", "1e", "1_.5", "0o8", "1.e_5"]:
    try:
        compile(src, "<lit>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)

# --- case: booleans and None literals
print(True, False, None, True + True, type(None).__name__, ...)

# --- case: literal identity of small constants in one expression
print(0.0 == -0.0, repr(-0.0), repr(0.0), 1e16, 1e15, 1e-4, 1e-5)
