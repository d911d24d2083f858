# Help and usage text: sections, wrapping, groups, formatter classes.
import argparse
import sys

sys.stderr = sys.stdout


def show(parser, args=None):
    print("=" * 20, parser.prog)
    if args is None:
        parser.print_help()
        return
    try:
        parser.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(
    prog="backup",
    description="Copy files somewhere safe. The description is long enough that it has to be "
                "wrapped over several lines by the formatter.",
    epilog="See the manual for more. %(prog)s is free software.")
p.add_argument("source", help="the directory to back up")
p.add_argument("targets", nargs="+", metavar="TARGET", help="where the copies go")
p.add_argument("-v", "--verbose", action="count", default=0, help="say more (repeatable)")
p.add_argument("-j", "--jobs", type=int, default=4, help="parallel jobs (default: %(default)s)")
p.add_argument("--compression-level-for-archives", type=int, choices=range(1, 4),
               help="level, one of %(choices)s; a long option name pushes help below")
p.add_argument("--exclude", action="append", metavar="PATTERN",
               help="skip files matching PATTERN; this help text is long and wraps onto "
                    "the following line of the help output")
p.add_argument("--dry-run", action=argparse.BooleanOptionalAction, help="only pretend")
p.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("--no-help")
show(p)
print(repr(p.format_usage()))
p.print_usage()

# Argument groups and mutually exclusive groups.
g = argparse.ArgumentParser(prog="net")
conn = g.add_argument_group("connection", "How to reach the server.")
conn.add_argument("--host", default="localhost")
conn.add_argument("--port", type=int)
auth = g.add_argument_group("authentication")
exclusive = auth.add_mutually_exclusive_group()
exclusive.add_argument("--password")
exclusive.add_argument("--key-file")
mode = g.add_mutually_exclusive_group(required=True)
mode.add_argument("--get", action="store_true")
mode.add_argument("--put", action="store_true")
g.add_argument("url")
g.add_argument_group("empty")
show(g)
show(g, ["--get", "--put", "u"])
show(g, ["u"])
show(g, ["--password", "p", "--key-file", "k", "--get", "u"])
print(g.parse_args(["--get", "--password", "p", "u"]))

# Long program names and long usage lines.
long = argparse.ArgumentParser(prog="a-program-with-a-really-very-long-name-for-testing-usage")
for i in range(6):
    long.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
long.add_argument("positional_one")
long.add_argument("positional_two", nargs="*")
show(long)

# Custom usage, no help option, prefix chars.
custom = argparse.ArgumentParser(prog="cu", usage="%(prog)s [opts] thing", add_help=False,
                                 prefix_chars="+-")
custom.add_argument("+x", action="store_true", help="plus x")
custom.add_argument("thing")
show(custom)
show(custom, ["+x"])
print(custom.parse_args(["+x", "t"]))

# Formatter classes.
text = "first line\n  indented second line\n\nparagraph after a blank line"
for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter]:
    f = argparse.ArgumentParser(prog=cls.__name__, description=text, formatter_class=cls)
    f.add_argument("--size", type=int, default=3, help="a size\n  on two lines")
    f.add_argument("--name", help="no default shown when None")
    f.add_argument("pos", nargs="?", default="P", help="optional positional")
    show(f)
mt = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
mt.add_argument("--count", type=int)
mt.add_argument("ratio", type=float)
show(mt)

# Metavars and nargs in usage.
nv = argparse.ArgumentParser(prog="nv")
nv.add_argument("--opt", nargs="?")
nv.add_argument("--star", nargs="*", metavar=("A", "B"))
nv.add_argument("--plus", nargs="+")
nv.add_argument("--three", nargs=3)
nv.add_argument("--choice", choices=["x", "y"], help="pick %(choices)s, default %(default)s")
nv.add_argument("rest", nargs=argparse.REMAINDER)
show(nv)

# Narrow formatter width through a subclass.
class Narrow(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, width=40, max_help_position=12)


nw = argparse.ArgumentParser(prog="narrow", formatter_class=Narrow,
                             description="a description wrapped at forty columns wide")
nw.add_argument("--alpha", help="alpha help that certainly needs wrapping here")
nw.add_argument("-b", help="short")
show(nw)

# Version output and the help option exit.
v = argparse.ArgumentParser(prog="ver")
v.add_argument("-V", action="version", version="%(prog)s version 2.5")
show(v, ["-V"])
show(v, ["-h"])
