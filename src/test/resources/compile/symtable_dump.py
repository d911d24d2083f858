"""Dumps CPython's symbol table (and syntax tree) for Taipan's SymtableDifferentialTest.

Usage: python3.13 symtable_dump.py OUTDIR FILE...

For the i-th FILE it writes OUTDIR/i.sym: the symbol table in the text form of
dev.taipan.compile.SymtableDump, or one line "error: MSG|LINE|OFFSET|END_LINE|END_OFFSET"
when compiling raises SyntaxError, or "skip: REASON" when the file cannot be read; and
OUTDIR/i.ast: the syntax tree in a small prefix notation that the test reads back into
dev.taipan.ast records (so the symbol table can be checked apart from the parser).
"""
import ast
import sys
import _symtable

FLAGS_MASK = (1 << _symtable.SCOPE_OFF) - 1
KINDS = {
    _symtable.TYPE_MODULE: "module",
    _symtable.TYPE_FUNCTION: "function",
    _symtable.TYPE_CLASS: "class",
    _symtable.TYPE_ANNOTATION: "annotation",
    _symtable.TYPE_TYPE_ALIAS: "type alias",
    _symtable.TYPE_TYPE_PARAMETERS: "type parameters",
    _symtable.TYPE_TYPE_VARIABLE: "type variable",
}


def dump_table(table, indent, out):
    out.append(f"{indent}{KINDS[table.type]} {table.name} line={table.lineno} "
               f"nested={int(bool(table.nested))} params={','.join(table.varnames)}")
    for name in sorted(table.symbols):
        flags = table.symbols[name]
        out.append(f"{indent}  {name} flags={flags & FLAGS_MASK:#x} "
                   f"scope={(flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK}")
    for child in table.children:
        dump_table(child, indent + "    ", out)


def esc(s):
    parts = []
    for ch in s:
        c = ord(ch)
        if ch == '"' or ch == '\\':
            parts.append('\\' + ch)
        elif 0x20 <= c < 0x7f:
            parts.append(ch)
        elif c <= 0xffff:
            parts.append(f"\\u{c:04x}")
        else:
            parts.append(f"\\U{c:08x}")
    return '"' + ''.join(parts) + '"'


def value(v, out):
    if v is None:
        out.append("N")
    elif isinstance(v, ast.AST):
        node(v, out)
    elif isinstance(v, list):
        out.append("[")
        for item in v:
            value(item, out)
        out.append("]")
    elif v is True:
        out.append("T")
    elif v is False:
        out.append("F")
    elif v is Ellipsis:
        out.append("E")
    elif isinstance(v, int):
        out.append(f"i{v}")
    elif isinstance(v, float):
        out.append(f"f{v!r}")
    elif isinstance(v, complex):
        out.append(f"j{v.imag!r}")
    elif isinstance(v, str):
        out.append(esc(v))
    elif isinstance(v, bytes):
        out.append(f"b{v.hex()}")
    else:
        raise TypeError(type(v))


def node(n, out):
    out.append("(" + type(n).__name__)
    for field in n._fields + n._attributes:
        value(getattr(n, field, None), out)
    out.append(")")


def main():
    sys.setrecursionlimit(20000)
    outdir = sys.argv[1]
    for i, path in enumerate(sys.argv[2:]):
        tree = None
        try:
            with open(path, "rb") as f:
                source = f.read()
            text = source.decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            result = [f"skip: {type(e).__name__}"]
            tree = None
        else:
            try:
                tree = ast.parse(source, path)
                result = []
                dump_table(_symtable.symtable(text, path, "exec"), "", result)
            except SyntaxError as e:
                result = [f"error: {e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}"]
            except (ValueError, RecursionError, MemoryError) as e:
                result = [f"skip: {type(e).__name__}"]
                tree = None
        with open(f"{outdir}/{i}.sym", "w", encoding="utf-8") as f:
            f.write("\n".join(result) + "\n")
        if tree is not None:
            out = []
            try:
                node(tree, out)
            except RecursionError:
                continue
            with open(f"{outdir}/{i}.ast", "w", encoding="ascii") as f:
                f.write(" ".join(out))


main()
