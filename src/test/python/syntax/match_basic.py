# match statement: literal, capture, wildcard, value and sequence patterns.

# --- case: literal patterns including None, True, strings, negative and complex numbers
def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "hi" "!":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"
for v in [0, -1, 1.5, 2 + 3j, "hi!", b"raw", None, True, False, 0.0, 1, "x"]:
    print(repr(v), lit(v))

# --- case: True and 1 differ because singletons compare by identity
match 1:
    case True:
        print("matched True")
    case 1:
        print("matched 1")

# --- case: capture pattern binds, wildcard does not
match 42:
    case captured:
        print("captured", captured)
match "x":
    case _:
        print("wildcard", "_" in globals())

# --- case: value patterns with dotted names
class Color:
    RED = "red"
    GREEN = "green"
class NS:
    class Inner:
        LIMIT = 10
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case NS.Inner.LIMIT:
            return "limit"
        case _:
            return "?"
print(color("red"), color("green"), color(10), color("blue"))

# --- case: sequence patterns of fixed length
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case (x, y, z):
            return f"three {x} {y} {z}"
        case _:
            return "many"
for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), "ab", range(2)]:
    print(repr(v), seq(v))

# --- case: sequence patterns with star in each position
def star(v):
    match v:
        case [first, *rest] if not rest:
            return f"single {first}"
        case [1, *middle, 9]:
            return f"1..9 middle={middle}"
        case [*init, "end"]:
            return f"ends init={init}"
        case [a, b, *_]:
            return f"at least two {a} {b}"
    return "no match"
for v in [[5], [1, 9], [1, 2, 3, 9], ["a", "end"], [7, 8, 9, 10], []]:
    print(v, star(v))

# --- case: nested sequence patterns
def nested(v):
    match v:
        case [(x, y), [z, *_]]:
            return x + y + z
        case [[[deep]]]:
            return deep
    return None
print(nested([(1, 2), [3, 4, 5]]), nested([[["d"]]]), nested([1]))

# --- case: strings, bytes and dicts are not sequences for matching
for v in ["abc", b"ab", bytearray(b"ab"), {"a": 1}, iter([1, 2])]:
    match v:
        case [*items]:
            print(type(v).__name__, "sequence", items)
        case _:
            print(type(v).__name__, "not a sequence")

# --- case: subject expressions can be tuples without parentheses
match 1, 2:
    case (a, b):
        print("tuple subject", a, b)

# --- case: match is a soft keyword
match = [1, 2]
print(match[0])
case = "still a name"
print(case)
