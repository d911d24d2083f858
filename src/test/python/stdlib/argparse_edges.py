# Edge cases: deprecated arguments and commands, negative numbers, "--", groups, help texts.
import argparse
import sys

sys.stderr = sys.stdout


def attempt(parser, args):
    try:
        print(args, parser.parse_args(args))
    except SystemExit as e:
        print(args, "exit", e.code)


p = argparse.ArgumentParser(prog="d")
p.add_argument("--old", deprecated=True)
p.add_argument("pos", nargs="?", deprecated=True, metavar="POSITION")
sub = p.add_subparsers(dest="c")
sub.add_parser("legacy", deprecated=True, aliases=["leg"])
attempt(p, ["--old", "1", "--old", "2", "x", "legacy"])
attempt(p, ["leg"])
n = argparse.ArgumentParser(prog="neg")
n.add_argument("x", type=int)
n.add_argument("-y", type=int)
attempt(n, ["-5", "-y", "-3"])
n2 = argparse.ArgumentParser(prog="neg2")
n2.add_argument("-1", dest="one", action="store_true")
n2.add_argument("x", nargs="?")
attempt(n2, ["-1"])
attempt(n2, ["-2"])
m = argparse.ArgumentParser(prog="m")
g = m.add_mutually_exclusive_group(required=True)
g.add_argument("--only")
m.add_argument("ITEM", metavar="ITEM_NAME")
m.print_help()
attempt(m, [])
attempt(m, ["--only", "1"])
try:
    m.add_argument("--f", type=argparse.FileType)
except ValueError as e:
    print(e)
pm = argparse.ArgumentParser(prog="pm", prefix_chars="+")
pm.add_argument("+f")
pm.print_help()
mid = argparse.ArgumentParser(prog="mid")
mid.add_argument("a")
mid.add_argument("b", nargs="*")
mid.add_argument("--o")
attempt(mid, ["x", "--", "--o", "y"])
attempt(mid, ["--o", "1", "--", "x", "--", "y"])
attempt(mid, ["x", "--o"])
grp = argparse.ArgumentParser(prog="grp")
grp.add_argument_group(title="T", description="D %(prog)s")
ga = grp.add_argument_group("real")
ga.add_argument("--z", help="zz %(prog)s %(dest)s %(type)s")
grp.print_help()
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nested = ga.add_argument_group("nested")
    exclusive = grp.add_mutually_exclusive_group()
    exclusive.add_mutually_exclusive_group()
print([(w.category.__name__, str(w.message)) for w in caught], nested.title)
a = argparse.ArgumentParser(prog="a", description="x"*100)
a.add_argument("--x", help="")
a.print_help()
h = argparse.ArgumentParser(prog="h")
h.add_argument("-v", "--version", action="version", version="1.2")
h.add_argument("-c", action="count")
h.add_argument("--app", action="append_const", const=1, help="append const")
h.add_argument("pos", choices=["a", "b"], help="choose")
h.print_help()
attempt(h, ["c"])
attempt(h, ["-cc", "a"])
