"""CSV file reading and writing: reader, writer, dialects, DictReader, DictWriter, Sniffer.

Dialects are validated here; the native _csv module parses lines into fields (a character
state machine) and formats rows into lines. Behaviour and error texts follow CPython 3.13.
"""

import re as _re
from io import StringIO as _StringIO

from _csv import Parser as _Parser, Formatter as _Formatter

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL",
           "Error", "Dialect", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_dialects = {}
_field_limit = 131072

_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
          "quoting", "skipinitialspace", "strict")


# Marks a dialect parameter that was given neither as a keyword nor by the base dialect.
_MISSING = object()


def _char(name, value, default, allow_none):
    if value is None and allow_none:
        return None
    if value is _MISSING:
        return default
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value



class _Dialect:
    """The validated, read-only parameters of a reader or writer."""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator", "_quotechar",
                 "_quoting", "_skipinitialspace", "_strict")

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRS:
                raise TypeError("this function got an unexpected keyword argument '%s'" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name):
            value = kwargs.get(name, _MISSING)
            if value is _MISSING and dialect is not None:
                value = getattr(dialect, name, _MISSING)
            return value

        delimiter = _char("delimiter", pick("delimiter"), ",", False)
        doublequote = pick("doublequote")
        doublequote = True if doublequote is _MISSING else bool(doublequote)
        escapechar = _char("escapechar", pick("escapechar"), None, True)
        lineterminator = pick("lineterminator")
        if lineterminator is _MISSING:
            lineterminator = "\r\n"
        elif lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quoting = pick("quoting")
        quoting_given = quoting is not _MISSING
        if not quoting_given:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        elif quoting not in range(6):
            raise TypeError('bad "quoting" value')
        quotechar = pick("quotechar")
        if quotechar is None:
            if not quoting_given:
                quoting = QUOTE_NONE
            elif quoting != QUOTE_NONE:
                raise TypeError("quotechar must be set if quoting enabled")
        else:
            quotechar = _char("quotechar", quotechar, '"', True)
        skipinitialspace = pick("skipinitialspace")
        skipinitialspace = False if skipinitialspace is _MISSING else bool(skipinitialspace)
        strict = pick("strict")
        strict = False if strict is _MISSING else bool(strict)

        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        if delimiter in "\n\r":
            raise ValueError("bad delimiter value")
        if quotechar is not None and quotechar in "\n\r":
            raise ValueError("bad quotechar value")
        if escapechar is not None and escapechar in "\n\r":
            raise ValueError("bad escapechar value")
        if delimiter == quotechar:
            raise ValueError("bad delimiter or quotechar value")
        if delimiter == escapechar:
            raise ValueError("bad delimiter or escapechar value")
        if escapechar is not None and escapechar == quotechar:
            raise ValueError("bad escapechar or quotechar value")
        self._delimiter = delimiter
        self._doublequote = doublequote
        self._escapechar = escapechar
        self._lineterminator = lineterminator
        self._quotechar = quotechar
        self._quoting = quoting
        self._skipinitialspace = skipinitialspace
        self._strict = strict

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        object.__setattr__(self, name, value)


_Dialect.__name__ = _Dialect.__qualname__ = "Dialect"
_Dialect.__module__ = "_csv"


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


class _Reader:
    """Iterates over the records of lines read from an iterable of strings."""

    def __init__(self, lines, dialect):
        self._lines = lines
        self.dialect = dialect
        self.line_num = 0
        self._parser = _Parser(dialect._delimiter, dialect._quotechar, dialect._escapechar,
                               dialect._doublequote, dialect._skipinitialspace,
                               dialect._strict, dialect._quoting, Error)

    def __iter__(self):
        return self

    def __next__(self):
        parser = self._parser
        parser.reset()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if parser.finish():
                    return parser.take()
                raise
            self.line_num += 1
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            if parser.feed(line, _field_limit):
                return parser.take()


_Reader.__name__ = _Reader.__qualname__ = "reader"
_Reader.__module__ = "_csv"


class _Writer:
    """Writes records as delimited lines to an object with a write method."""

    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect
        self._format = _Formatter(dialect._delimiter, dialect._quotechar, dialect._escapechar,
                                  dialect._doublequote, dialect._skipinitialspace,
                                  dialect._lineterminator, dialect._quoting, Error).format

    def writerow(self, row):
        return self._write(self._format(row))

    def writerows(self, rows):
        write = self._write
        format = self._format
        for row in rows:
            write(format(row))


_Writer.__name__ = _Writer.__qualname__ = "writer"
_Writer.__module__ = "_csv"


def reader(*args, **kwargs):
    """Return a reader yielding one list of fields per record of the iterable of lines."""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("expected at most 2 arguments, got %d" % len(args))
    lines = iter(args[0])
    dialect = args[1] if len(args) > 1 else kwargs.pop("dialect", None)
    return _Reader(lines, _make_dialect(dialect, kwargs))


def writer(*args, **kwargs):
    """Return a writer that formats records as delimited lines onto the file-like object."""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("expected at most 2 arguments, got %d" % len(args))
    write = getattr(args[0], "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    dialect = args[1] if len(args) > 1 else kwargs.pop("dialect", None)
    return _Writer(args[0], _make_dialect(dialect, kwargs))


def register_dialect(name, dialect=None, **kwargs):
    """Register a dialect under a name, from a dialect object and/or keyword parameters."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **kwargs)


def unregister_dialect(name):
    """Delete the dialect registered under name."""
    if _dialects.pop(name, None) is None:
        raise Error("unknown dialect")


def get_dialect(name):
    """Return the dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return the names of the registered dialects."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Set the largest field the reader accepts, returning the previous limit."""
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """Describe a CSV dialect.

    Subclass it and set the class attributes to describe a dialect; instances are validated.
    """
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


class DictReader:
    """Read records as dicts keyed by the field names (the first row unless given)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DictWriter:
    """Write dicts as records, in the order of the given field names."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = rowdict.keys() - self.fieldnames
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: cls)


class Sniffer:
    """Deduce the format of a CSV file from a sample of it."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """Return a dialect (a Dialect subclass) matching the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        # A quoted field sits between delimiters (or line ends); count which quote and
        # which delimiter surround the most of them.
        patterns = (
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)')
        matches = []
        for pattern in patterns:
            matches = _re.compile(pattern, _re.DOTALL | _re.MULTILINE).findall(data)
            if matches:
                regexp = _re.compile(pattern, _re.DOTALL | _re.MULTILINE)
                break
        if not matches:
            return "", False, None, 0
        quotes = {}
        delims = {}
        spaces = 0
        groupindex = regexp.groupindex
        for m in matches:
            key = m[groupindex["quote"] - 1]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            n = groupindex.get("delim")
            if n is not None:
                key = m[n - 1]
                if key and (delimiters is None or key in delimiters):
                    delims[key] = delims.get(key, 0) + 1
            n = groupindex.get("space")
            if n is not None and m[n - 1]:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == "\n":
                delim = ""
        else:
            delim = ""
            skipinitialspace = 0
        dq = _re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {"delim": _re.escape(delim), "quote": quotechar}, _re.MULTILINE)
        doublequote = bool(dq.search(data))
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        # The delimiter is the character that occurs the same number of times on the most
        # lines; ties go to the preferred characters.
        lines = list(filter(None, data.split("\n")))
        candidates = {}
        for c in map(chr, range(127)):
            if delimiters is not None and c not in delimiters:
                continue
            counts = [line.count(c) for line in lines[:10]]
            if not counts or max(counts) == 0:
                continue
            freq = {}
            for n in counts:
                freq[n] = freq.get(n, 0) + 1
            mode, times = max(freq.items(), key=lambda kv: (kv[1], kv[0]))
            if mode == 0:
                continue
            candidates[c] = times / len(counts)
        if not candidates:
            return "", 0
        best = max(candidates.values())
        tied = [c for c, v in candidates.items() if v == best]
        delim = tied[0]
        for p in self.preferred:
            if p in tied:
                delim = p
                break
        if len(tied) > 1 and delim not in self.preferred:
            return "", 0
        first = data.split("\n")[0]
        skipinitialspace = first.count(delim) == first.count(delim + " ")
        return delim, skipinitialspace

    def has_header(self, sample):
        """Guess whether the first row of the sample is a header row."""
        rdr = reader(_StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                thistype = str
                for kind in (int, float, complex):
                    try:
                        kind(row[col])
                        thistype = kind
                        break
                    except (ValueError, OverflowError):
                        pass
                if thistype is str:
                    thistype = len(row[col])
                if thistype != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = thistype
                    else:
                        del column_types[col]
        has_header = 0
        for col, colType in column_types.items():
            if isinstance(colType, int):
                if len(header[col]) != colType:
                    has_header += 1
                else:
                    has_header -= 1
            else:
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    has_header += 1
                else:
                    has_header -= 1
        return has_header > 0
