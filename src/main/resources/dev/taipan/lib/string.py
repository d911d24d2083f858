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

class _BuiltPattern:
    """Template.pattern when a class does not give its own: built from the class's
    delimiter, idpattern, braceidpattern and flags on first use (then stored on the class),
    so that importing string does not import re."""

    def __get__(self, instance, owner):
        import re
        delim = re.escape(owner.delimiter)
        ident = owner.idpattern
        braced = owner.braceidpattern or ident
        source = (rf"{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})"
                  rf"|{{(?P<braced>{braced})}}|(?P<invalid>))")
        compiled = re.compile(source, owner.flags | re.VERBOSE)
        if owner.__dict__.get("pattern") is self:
            type.__setattr__(owner, "pattern", compiled)
        return compiled


class _IgnoreCase:
    """Template.flags: re.IGNORECASE, looked up on first use so that importing string does
    not import re."""

    def __get__(self, instance, owner):
        import re
        return re.IGNORECASE


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a dollar.
    Subclasses may change the delimiter, the identifier patterns, the flags or the whole
    pattern."""

    delimiter = "$"
    # The default identifier is ASCII only; IGNORECASE would otherwise let non-ASCII letters
    # match [a-z].
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _IgnoreCase()
    pattern = _BuiltPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        own = cls.__dict__.get("pattern")
        if own is None:
            cls.pattern = _BuiltPattern()
        elif not isinstance(own, _BuiltPattern):
            import re
            cls.pattern = re.compile(own, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        index = match.start("invalid")
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            lineno, colno = 1, 1
        else:
            colno = index - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def _values(self, mapping, kws):
        if not kws:
            return mapping
        if mapping:
            return _ChainMap(kws, mapping)
        return kws

    def substitute(self, mapping={}, /, **kws):
        """Replaces the placeholders by values from mapping and kws; a
        missing name raises KeyError, a malformed placeholder ValueError."""
        values = self._values(mapping, kws)

        def replace(match):
            name = match.group("named") or match.group("braced")
            if name is not None:
                return str(values[name])
            if match.group("escaped") is not None:
                return self.delimiter
            if match.group("invalid") is not None:
                self._invalid(match)
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping={}, /, **kws):
        """Like substitute, but leaves missing or malformed placeholders as they are."""
        values = self._values(mapping, kws)

        def replace(match):
            name = match.group("named") or match.group("braced")
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return match.group()
            if match.group("escaped") is not None:
                return self.delimiter
            if match.group("invalid") is not None:
                return match.group()
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """Whether the template has no malformed placeholders."""
        for match in self.pattern.finditer(self.template):
            if match.group("invalid") is not None:
                return False
            if (match.group("named") is None and match.group("braced") is None
                    and match.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        """The names of the valid placeholders, in order of first appearance."""
        ids = []
        for match in self.pattern.finditer(self.template):
            name = match.group("named") or match.group("braced")
            if name is not None:
                if name not in ids:
                    ids.append(name)
            elif match.group("invalid") is None and match.group("escaped") is None:
                raise ValueError("Unrecognized named group in pattern", self.pattern)
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
