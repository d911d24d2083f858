# Parsing: actions, nargs, types, choices, defaults, errors and their exit status.
import argparse
import sys

sys.stderr = sys.stdout


def attempt(parser, args):
    try:
        result = parser.parse_args(args)
        print(args, "->", result)
    except SystemExit as e:
        print(args, "-> exit", e.code)


p = argparse.ArgumentParser(prog="tool")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-n", "--num", type=int, default=1)
p.add_argument("--ratio", type=float)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-I", "--include", action="append")
p.add_argument("--tag", action="append_const", const="T", dest="tags")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="*")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
p.add_argument("--version", action="version", version="%(prog)s 1.0")

attempt(p, ["a"])
attempt(p, ["a", "b", "-vvv", "-q", "--no-color"])
attempt(p, ["-n", "5", "a", "--ratio=0.5", "--mode", "slow"])
attempt(p, ["a", "-I", "x", "-Iy", "--include=z", "--tag", "--tag", "--const"])
attempt(p, ["a", "--ext", "1", "2", "--ext", "3", "--pair", "k", "v"])
attempt(p, ["a", "--opt"])
attempt(p, ["a", "--opt", "given"])
attempt(p, ["a", "--many"])
attempt(p, ["a", "--many", "x", "y"])
attempt(p, ["a", "--no-flag"])
attempt(p, ["a", "--fl"])
attempt(p, ["a", "-qv", "-vn3"])
attempt(p, ["--", "-a", "-b"])
attempt(p, ["a", "--num", "-5"])
attempt(p, ["--verb", "a"])
attempt(p, [])
attempt(p, ["a", "b", "c"])
attempt(p, ["a", "--num", "x"])
attempt(p, ["a", "--ratio", "nan?"])
attempt(p, ["a", "--mode", "medium"])
attempt(p, ["a", "--pair", "k"])
attempt(p, ["a", "--num"])
attempt(p, ["a", "--unknown"])
attempt(p, ["a", "-q=1"])
attempt(p, ["a", "--ext"])
attempt(p, ["a", "--version"])

# Ambiguous abbreviations, and abbreviations turned off.
amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--foobar")
amb.add_argument("--foonly")
attempt(amb, ["--foo", "1"])
attempt(amb, ["--foob", "1"])
attempt(amb, ["--foob=2"])
noabbrev = argparse.ArgumentParser(prog="na", allow_abbrev=False)
noabbrev.add_argument("--foobar")
attempt(noabbrev, ["--foob", "1"])

# parse_known_args keeps what it does not know.
known = argparse.ArgumentParser(prog="k")
known.add_argument("--a")
known.add_argument("pos")
print(known.parse_known_args(["x", "--b", "2", "--a", "1", "extra"]))

# nargs variants for positionals.
np = argparse.ArgumentParser(prog="np")
np.add_argument("first", nargs=2)
np.add_argument("rest", nargs="*")
np.add_argument("--x")
attempt(np, ["1", "2", "3", "4"])
attempt(np, ["1", "2", "--x", "X", "3"])
attempt(np, ["1"])
plus = argparse.ArgumentParser(prog="plus")
plus.add_argument("files", nargs="+")
attempt(plus, [])
attempt(plus, ["a", "b"])
rem = argparse.ArgumentParser(prog="rem")
rem.add_argument("cmd")
rem.add_argument("args", nargs=argparse.REMAINDER)
attempt(rem, ["run", "-x", "--y", "z"])

# Types: custom functions, ArgumentTypeError, defaults converted from strings.
def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError("%r is not even" % text)
    return value


tp = argparse.ArgumentParser(prog="tp")
tp.add_argument("--even", type=even)
tp.add_argument("--size", type=int, default="10")
tp.add_argument("--hexa", type=lambda s: int(s, 16))
attempt(tp, [])
attempt(tp, ["--even", "4", "--size", "3"])
attempt(tp, ["--even", "3"])
attempt(tp, ["--hexa", "zz"])
attempt(tp, ["--hexa", "ff"])

# Required options and set_defaults / get_default.
rq = argparse.ArgumentParser(prog="rq")
rq.add_argument("--need", required=True)
rq.add_argument("pos")
rq.set_defaults(extra="E", need="ignored")
attempt(rq, [])
attempt(rq, ["p", "--need", "n"])
print(rq.get_default("extra"), rq.get_default("need"), rq.get_default("none"))

# argument_default and SUPPRESS.
sp = argparse.ArgumentParser(prog="sp", argument_default=argparse.SUPPRESS)
sp.add_argument("--a")
sp.add_argument("--b", default=None)
attempt(sp, [])
attempt(sp, ["--a", "1"])

# Namespaces.
ns = argparse.Namespace(x=1, y="two")
print(ns, ns == argparse.Namespace(x=1, y="two"), "x" in ns, "z" in ns, vars(ns))
print(argparse.Namespace(**{"a-b": 1, "c": 2}))
given = argparse.Namespace(src="preset", extra=True)
print(p.parse_args(["a"], namespace=given))

# exit_on_error=False raises ArgumentError instead.
quiet = argparse.ArgumentParser(prog="quiet", exit_on_error=False)
quiet.add_argument("--n", type=int)
for args in (["--n", "x"], ["--zzz"]):
    try:
        quiet.parse_args(args)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

# Errors while building the parser.
b = argparse.ArgumentParser(prog="b")
b.add_argument("--dup")
for call in [lambda: b.add_argument("--dup"),
             lambda: b.add_argument("x", dest="y"),
             lambda: b.add_argument("bad", required=True),
             lambda: b.add_argument("+x"),
             lambda: b.add_argument("--z", action="nope"),
             lambda: b.add_argument("--z", nargs=0),
             lambda: b.add_argument("--z", type="int"),
             lambda: b.add_argument("--z", const=1),
             lambda: b.add_argument("--z", nargs=2, metavar=("A",)),
             lambda: b.add_argument("--no-z", action=argparse.BooleanOptionalAction),
             lambda: b.add_argument("--z", action="append", nargs=0)]:
    try:
        call()
        print("no error")
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ":", e)
r = argparse.ArgumentParser(prog="r", conflict_handler="resolve")
r.add_argument("-x", "--xx", help="old")
r.add_argument("--xx", help="new")
r.print_help()
print(p._actions[1])
print(p)

# Intermixed options and positionals.
im = argparse.ArgumentParser(prog="im")
im.add_argument("--foo")
im.add_argument("cmd")
im.add_argument("rest", nargs="*", type=int)
print(im.parse_known_args("doit 1 --foo bar 2 3".split()))
print(im.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(im.parse_known_intermixed_args("doit 1 --foo bar 2 --zz 3".split()))
for args in ([], ["a", "--q"]):
    try:
        im.parse_intermixed_args(args)
    except SystemExit as e:
        print("exit", e.code)
rest = argparse.ArgumentParser(prog="rest")
rest.add_argument("x", nargs="...")
try:
    rest.parse_intermixed_args([])
except TypeError as e:
    print("TypeError:", e)
print(argparse.HelpFormatter, argparse.RawTextHelpFormatter.__module__)
