"""Common string constants, Template strings and the Formatter class
(string module)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalizes each word of s: splits on sep (runs of whitespace when
    None), capitalizes each part and joins them with sep (or one space)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


# ============================================================ Template

_ID_START = frozenset("_" + ascii_letters)
_ID_CHARS = frozenset("_" + ascii_letters + digits)


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a dollar.
    Subclasses may change the delimiter."""

    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, value, start, end) for each placeholder, where kind
        is 'escaped', 'named', 'braced' or 'invalid' and start..end spans it."""
        text, delim = self.template, self.delimiter
        n, size = len(text), len(delim)
        i = text.find(delim)
        while i >= 0:
            j = i + size
            if text.startswith(delim, j):
                yield "escaped", delim, i, j + size
                i = text.find(delim, j + size)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                yield "named", text[j:k], i, k
                i = text.find(delim, k)
                continue
            if text.startswith("{", j) and j + 1 < n and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                if k < n and text[k] == "}":
                    yield "braced", text[j + 1:k], i, k + 1
                    i = text.find(delim, k + 1)
                    continue
            yield "invalid", None, i, j
            i = text.find(delim, j)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            lineno, colno = 1, 1
        else:
            colno = index - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _render(self, mapping, kws, safe):
        if not kws:
            values = mapping
        elif mapping:
            values = _ChainMap(kws, mapping)
        else:
            values = kws
        parts = []
        last = 0
        for kind, value, start, end in self._scan():
            parts.append(self.template[last:start])
            last = end
            if kind == "escaped":
                parts.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(start + len(self.delimiter))
                parts.append(self.template[start:end])
            elif safe:
                try:
                    parts.append(str(values[value]))
                except KeyError:
                    parts.append(self.template[start:end])
            else:
                parts.append(str(values[value]))
        parts.append(self.template[last:])
        return "".join(parts)

    def substitute(self, mapping={}, /, **kws):
        """Replaces the placeholders by values from mapping and kws; a
        missing name raises KeyError, a malformed placeholder ValueError."""
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping={}, /, **kws):
        """Like substitute, but leaves missing or malformed placeholders as they are."""
        return self._render(mapping, kws, True)

    def is_valid(self):
        """Whether the template has no malformed placeholders."""
        return all(kind != "invalid" for kind, _, _, _ in self._scan())

    def get_identifiers(self):
        """The names of the valid placeholders, in order of first appearance."""
        ids = []
        for kind, value, start, end in self._scan():
            if kind in ("named", "braced") and value not in ids:
                ids.append(value)
            elif kind == "invalid":
                self._invalid(start + len(self.delimiter))
        return ids


class _ChainMap:
    """Looks names up in several mappings in turn."""

    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


# ============================================================ Formatter

def _parse_format(text):
    """Splits a format string into (literal, field_name, format_spec,
    conversion) tuples, as str.format sees it."""
    n = len(text)
    i = 0
    literal = []
    while i < n:
        c = text[i]
        if c == "}":
            if i + 1 < n and text[i + 1] == "}":
                literal.append("}")
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == "{":
            literal.append("{")
            yield "".join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # A replacement field: find its matching '}', allowing nested fields.
        depth = 1
        j = i + 1
        while j < n:
            if text[j] == "{":
                depth += 1
            elif text[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        field = text[i + 1:j]
        # The field name ends at '!' or ':' outside brackets.
        k = 0
        while k < len(field) and field[k] not in "!:":
            if field[k] == "[":
                while k < len(field) and field[k] != "]":
                    k += 1
            k += 1
        name = field[:k]
        conversion = None
        spec = ""
        rest = field[k:]
        if rest.startswith("!"):
            if len(rest) < 2:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = rest[1]
            rest = rest[2:]
            if rest and not rest.startswith(":"):
                raise ValueError("expected ':' after conversion specifier")
        if rest.startswith(":"):
            spec = rest[1:]
        yield "".join(literal), name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield "".join(literal), None, None, None


def _split_field_name(name):
    """Splits 'a.b[0]' into ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The machinery of str.format, with each step a method that subclasses
    may override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                result.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        """The argument named (str) or numbered (int) by key."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook to reject unused arguments; does nothing by default."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Applies the !s, !r or !a conversion."""
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) tuples."""
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        """Resolves 'name.attr[key]': returns (object, first part)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
