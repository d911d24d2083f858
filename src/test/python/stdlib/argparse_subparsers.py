# Subcommands, parents, fromfile arguments, FileType, and errors inside subcommands.
import argparse
import sys

sys.stderr = sys.stdout


def attempt(parser, args):
    try:
        print(args, "->", parser.parse_args(args))
    except SystemExit as e:
        print(args, "-> exit", e.code)


def cmd_add(ns):
    return "add %s" % ns.name


def cmd_rm(ns):
    return "rm %s force=%s" % (ns.names, ns.force)


p = argparse.ArgumentParser(prog="git-lite")
p.add_argument("--verbose", action="store_true")
sub = p.add_subparsers(dest="command", help="what to do")
add = sub.add_parser("add", help="add a file", aliases=["a"])
add.add_argument("name")
add.set_defaults(func=cmd_add)
rm = sub.add_parser("rm", help="remove files")
rm.add_argument("names", nargs="+")
rm.add_argument("-f", "--force", action="store_true")
rm.set_defaults(func=cmd_rm)
sub.add_parser("status")

p.print_help()
add.print_help()
rm.print_usage()
for args in [["add", "x"], ["a", "y"], ["--verbose", "rm", "-f", "p", "q"], ["status"], []]:
    ns = p.parse_args(args)
    print(ns.command, getattr(ns, "func", None) and ns.func(ns), ns.verbose)
attempt(p, ["nope"])
attempt(p, ["rm"])
attempt(p, ["add", "x", "extra"])
attempt(p, ["add", "--bad", "x"])
ns, rest = p.parse_known_args(["rm", "a", "--zz"])
print(ns.names, ns.func is cmd_rm, rest)

# Required subcommands, titles and metavars.
q = argparse.ArgumentParser(prog="q")
subs = q.add_subparsers(title="commands", description="available commands", dest="cmd",
                        required=True, metavar="COMMAND")
subs.add_parser("run", help="run it")
subs.add_parser("stop", help="stop it")
q.print_help()
attempt(q, [])
attempt(q, ["run"])
try:
    q.add_subparsers()
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    subs.add_parser("run")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)

# Nested subparsers and positionals before the subcommand.
n = argparse.ArgumentParser(prog="n")
n.add_argument("target")
level1 = n.add_subparsers(dest="l1")
remote = level1.add_parser("remote")
level2 = remote.add_subparsers(dest="l2")
level2.add_parser("add").add_argument("url")
attempt(n, ["t", "remote", "add", "http://x"])
print(remote.prog, level2._prog_prefix)

# Parents share their arguments.
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--config", default="c.ini")
extra = base.add_argument_group("extra things")
extra.add_argument("--log")
ex = base.add_mutually_exclusive_group()
ex.add_argument("--on", action="store_true")
ex.add_argument("--off", action="store_true")
base.set_defaults(origin="base")
child = argparse.ArgumentParser(prog="child", parents=[base])
child.add_argument("item")
child.print_help()
attempt(child, ["i", "--on", "--log", "l"])
attempt(child, ["i", "--on", "--off"])

# Arguments read from files.
import os
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "args.txt")
    with open(path, "w") as f:
        f.write("--alpha\n1\nvalue\n")
    fp = argparse.ArgumentParser(prog="fp", fromfile_prefix_chars="@")
    fp.add_argument("--alpha")
    fp.add_argument("pos")
    print(fp.parse_args(["@" + path]))
    out_path = os.path.join(tmp, "out.txt")
    ft = argparse.ArgumentParser(prog="ft")
    ft.add_argument("out", type=argparse.FileType("w", encoding="utf-8"))
    ft.add_argument("--inp", type=argparse.FileType("r"))
    ns = ft.parse_args([out_path])
    ns.out.write("written")
    ns.out.close()
    with open(out_path) as f:
        print(f.read())
    print(ft.parse_args(["-"]).out is sys.stdout)
    print(argparse.FileType("w", encoding="utf-8"), argparse.FileType(), argparse.FileType("rb", 0))
