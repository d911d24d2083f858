"""Dump CPython's tokens for the Taipan lexer differential test.

Reads file paths, one per line, from stdin. For each file prints

    FILE <path>
    REJECT <reason>                  when CPython's own tokenizer (or literal decoding) rejects it
    <KIND> <line> <col> <endline> <endcol> [<value>]   one line per token otherwise
    END

KIND is the exact token type name (LPAR, not OP); COMMENT, NL and ENCODING are left out. Columns
are UTF-8 byte offsets (tokenize reports character offsets). Values: NAME n<NFKC name>; NUMBER
i<int>, f<IEEE bits in hex>, j<bits of the imaginary part>; STRING s<hex of UTF-8> or b<hex>;
FSTRING_MIDDLE m<hex of UTF-8 of the decoded text>.
"""

import _tokenize
import ast
import io
import struct
import sys
import token
import tokenize
import unicodedata
import warnings

SKIP = {token.COMMENT, token.NL, token.ENCODING}


def hexs(s):
    # Lone surrogates (from escapes such as "\ud800") are encoded one by one, never paired: Taipan
    # keeps them apart too (dev.taipan.ast.CodePointString).
    return s.encode("utf-8", "surrogatepass").hex()


def float_bits(x):
    return format(struct.unpack("<Q", struct.pack("<d", x))[0], "x")


def decode_middle(text, raw):
    # CPython's parser decodes an f-string part as it decodes a str literal body
    # (Parser/string_parser.c, decode_unicode_with_escapes).
    if raw or "\\" not in text:
        return text
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            out.append(ch)
            i += 1
            if i >= len(text) or ord(text[i]) >= 0x80:
                out.append("u005c")
                continue
            ch = text[i]
        if ord(ch) >= 0x80:
            out.append("\\U%08x" % ord(ch))
        else:
            out.append(ch)
        i += 1
    return "".join(out).encode("ascii").decode("unicode_escape")


def value(tok, raw_stack):
    kind = tok.type
    if kind == token.NAME:
        return "n" + unicodedata.normalize("NFKC", tok.string)
    if kind == token.NUMBER:
        v = ast.literal_eval(tok.string)
        if isinstance(v, int):
            return "i%d" % v
        if isinstance(v, float):
            return "f" + float_bits(v)
        return "j" + float_bits(v.imag)
    if kind == token.STRING:
        v = ast.literal_eval(tok.string)
        if isinstance(v, bytes):
            return "b" + v.hex()
        return "s" + hexs(v)
    if kind == token.FSTRING_START:
        raw_stack.append("r" in tok.string.lower())
    elif kind == token.FSTRING_END:
        raw_stack.pop()
    elif kind == token.FSTRING_MIDDLE:
        return "m" + hexs(decode_middle(tok.string, raw_stack[-1]))
    return None


def dump(path, out):
    out.write("FILE %s\n" % path)
    try:
        with tokenize.open(path) as f:
            text = f.read()
    except (SyntaxError, UnicodeDecodeError, LookupError) as e:
        out.write("REJECT decode: %s\n" % str(e).replace("\n", " "))
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        # The parser's own tokenizer mode is stricter than the tokenize module's.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for _ in _tokenize.TokenizerIter(io.StringIO(text).readline, extra_tokens=False):
                pass
    except SyntaxError as e:
        out.write("REJECT tokenizer: %s\n" % str(e).replace("\n", " "))
        return
    lines = text.split("\n")
    lines_bytes = {}

    def byte_col(row, col):
        if row - 1 >= len(lines):
            return col
        line = lines[row - 1]
        if line.isascii():
            return col
        key = (row, col)
        if key not in lines_bytes:
            lines_bytes[key] = len(line[:col].encode("utf-8", "surrogatepass"))
        return lines_bytes[key]

    result = []
    raw_stack = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for tok in tokenize.generate_tokens(io.StringIO(text).readline):
                if tok.type in SKIP:
                    continue
                name = token.tok_name[tok.exact_type]
                (sl, sc), (el, ec) = tok.start, tok.end
                v = value(tok, raw_stack)
                bsc = byte_col(sl, sc)
                # NEWLINE ends one past the line's last character, which the conversion cannot see.
                bec = bsc + 1 if tok.type == token.NEWLINE else byte_col(el, ec)
                line = "%s %d %d %d %d" % (name, sl, bsc, el, bec)
                result.append(line if v is None else line + " " + v)
    except (SyntaxError, ValueError) as e:
        out.write("REJECT literal: %s\n" % str(e).replace("\n", " "))
        return
    out.write("\n".join(result))
    out.write("\n")


def main():
    out = sys.stdout
    for path in sys.stdin.read().splitlines():
        if path:
            dump(path, out)
            out.write("END\n")
    out.flush()


if __name__ == "__main__":
    main()
