# f-strings: nesting, =, conversions, format specs, multi-line.

name, n, pi = "Ada", 42, 3.14159265

# --- case: simple substitutions and expressions
print(f"{name} is {n}", f"{n + 1}", f"{name.upper()}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")

# --- case: conversions !r !s !a
print(f"{name!r} {name!s} {name!a} {'é😀'!a} {'é'!r} {None!r} {1.5!s}")

# --- case: self-documenting expressions
print(f"{n=}", f"{n = }", f"{name=!s}", f"{pi=:.2f}", f"{n * 2=}", f"{name = !r:>8}")

# --- case: format specs with nested replacement fields
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:{'^'}{width}}]", f"[{n:{'0'}{width}d}]")
fill, align = "*", ">"
print(f"[{name:{fill}{align}{width}}]", f"[{pi:.{prec}e}]", f"[{n:#{'x'}}]")

# --- case: doubled braces
print(f"{{}} {{{n}}} {{n}}")

# --- case: nested f-strings and quotes (PEP 701)
print(f"{f'{n}'}", f"{f"{f"{name}"}"}", f"{'single'}{"double"}")
words = ["a", "b"]
print(f"{", ".join(words)}", f"{'\n'.join(words)!r}")

# --- case: multi-line f-strings and expressions across lines
print(f"""first {name}
second {
    n
    + 1
}""")
print(f"{
    'x'  # a comment inside the replacement field
}")

# --- case: format with __format__ and spec passed through
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c}C[{spec}]"
t = Temp(100)
print(f"{t}", f"{t:F}", f"{t:anything goes}", format(t, "F"))

# --- case: conversion then format spec
print(f"[{name!r:>10}]", f"[{3!r:^5}]")

# --- case: lambdas and conditional expressions need parentheses
print(f"{(lambda x: x * 2)(4)}", f"{'yes' if n else 'no'}", f"{(n := 7)}", n)

# --- case: raw f-strings and escape sequences
print(rf"\t{name}\n", f"tab\there", fr"{n}\d")

# --- case: f-string concatenated with plain strings
print("plain " f"{n}" ' more' f'{name}')

# --- case: date-like and numeric formatting
for v in [0, 7, 123456]:
    print(f"{v:>8,}|{v:<8}|{v:^8}|{v:08.2f}|{v:+}")

# --- case: debug with whitespace preserved
print(f"{ n }", f"{n=   }", f"{ n = }")

# --- case: errors inside f-string expressions propagate
try:
    f"{1 / 0}"
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    f"{n:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)

# --- case: empty f-string and only literal
print(f"", f"literal", repr(f""))
