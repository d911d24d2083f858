"""Text wrapping and filling (textwrap module)."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "
_SPACES = {ord(c): " " for c in _whitespace}


def _is_word_char(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word_char(c) and not c.isdigit()


def _is_word_punct(c):
    return _is_word_char(c) or c in "!\"'&.,?"


class _CompiledOnUse:
    """A class attribute holding a regular expression, compiled on first access so that
    importing textwrap does not import re."""

    def __init__(self, source, verbose=False):
        self.source = source
        self.verbose = verbose
        self.pattern = None

    def __get__(self, instance, owner=None):
        if self.pattern is None:
            import re
            self.pattern = re.compile(self.source, re.VERBOSE if self.verbose else 0)
        return self.pattern


# What the hand-written chunk scanner of TextWrapper._split does, as one pattern: a run of
# whitespace, a run of two or more hyphens, or a word up to and including the hyphens that join
# it to a following letter.
_WORDSEP_SOURCE = r"""
    ( [\t\n\x0b\x0c\r\ ]+ )                          # whitespace
  | ( (?<=\w) -{2,} (?=\w) )                          # em-dash between words
  | ( [^\t\n\x0b\x0c\r\ ]+? (?: -(?=[^\W\d_]) | (?=-{2,}\w) | (?=[\t\n\x0b\x0c\r\ ]) | $ ) )
"""


def _overridden(cls):
    """The names among the splitting patterns that cls or a base below TextWrapper redefines."""
    names = set()
    for klass in cls.__mro__:
        if klass is TextWrapper:
            break
        names.update(name for name in ("wordsep_re", "wordsep_simple_re") if name in klass.__dict__)
    return names


class TextWrapper:
    """Wraps text into lines of at most width characters.

    Options (also attributes): width, initial_indent, subsequent_indent,
    expand_tabs, replace_whitespace, fix_sentence_endings, break_long_words,
    drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder.
    """

    unicode_whitespace_trans = {ord(c): ord(" ") for c in _whitespace}
    wordsep_re = _CompiledOnUse(_WORDSEP_SOURCE, verbose=True)
    wordsep_simple_re = _CompiledOnUse(r"([\t\n\x0b\x0c\r ]+)")
    sentence_end_re = _CompiledOnUse(r"[a-z][.!?][\"']?\Z")

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expands tabs and turns other whitespace characters into spaces."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_SPACES)
        return text

    def _split(self, text):
        """Splits text into chunks: runs of whitespace and words, words being
        further split after the hyphens of hyphenated words and around
        em-dashes when break_on_hyphens is set."""
        cls = type(self)
        if cls is not TextWrapper and _overridden(cls):
            # A subclass supplied its own splitting pattern: honour it as CPython does.
            pattern = self.wordsep_re if self.break_on_hyphens else self.wordsep_simple_re
            return [chunk for chunk in pattern.split(text) if chunk]
        chunks = []
        i, n = 0, len(text)
        while i < n:
            j = i
            space = text[i] in _whitespace
            while j < n and (text[j] in _whitespace) == space:
                j += 1
            if space or not self.break_on_hyphens:
                chunks.append(text[i:j])
            else:
                chunks.extend(self._split_word(text, i, j))
            i = j
        return chunks

    @staticmethod
    def _split_word(text, start, end):
        def at(k):
            return text[k] if start <= k < end else ""

        def dashes_then_word(k):
            # At k: two or more hyphens followed by a word character?
            m = k
            while m < end and text[m] == "-":
                m += 1
            return m - k >= 2 and m < end and _is_word_char(text[m])

        pieces = []
        pos = start
        while pos < end:
            before = text[pos - 1] if pos > 0 else ""
            if text[pos] == "-" and before and _is_word_punct(before) and dashes_then_word(pos):
                m = pos
                while text[m] == "-":
                    m += 1
                pieces.append(text[pos:m])
                pos = m
                continue
            cut = end
            for j in range(pos + 1, end):
                if (text[j - 1] == "-" and j - 1 > pos
                        and ((_is_letter(at(j - 3)) and _is_letter(at(j - 2)))
                             or (_is_letter(at(j - 4)) and at(j - 3) == "-" and _is_letter(at(j - 2))))
                        and _is_letter(at(j))
                        and (_is_letter(at(j + 1))
                             or (at(j + 1) == "-" and _is_letter(at(j + 2))))):
                    cut = j
                    break
                if _is_word_punct(text[j - 1]) and dashes_then_word(j):
                    cut = j
                    break
            pieces.append(text[pos:cut])
            pos = cut
        return pieces

    def _fix_sentence_endings(self, chunks):
        """Puts two spaces after sentence endings (a lowercase letter, then
        . ! or ?, then maybe a quote)."""
        for i in range(len(chunks) - 1):
            chunk = chunks[i]
            if chunks[i + 1] != " ":
                continue
            tail = chunk[:-1] if chunk[-1:] in ("'", '"') else chunk
            if len(tail) >= 2 and tail[-1] in ".!?" and tail[-2] in "abcdefghijklmnopqrstuvwxyz":
                chunks[i + 1] = "  "

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deals with a chunk too long for any line: breaks it (after a
        hyphen where possible) or, without break_long_words, puts it on a
        line of its own."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Greedily fills lines with chunks."""
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = list(reversed(chunks))
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            line, size = [], 0
            while pending and size + len(pending[-1]) <= width:
                size += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, size, width)
                size = sum(len(c) for c in line)
            if self.drop_whitespace and line and not line[-1].strip():
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (self.drop_whitespace and len(pending) == 1
                                            and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and size <= width)):
                lines.append(indent + "".join(line))
                continue
            # The last allowed line: end it with the placeholder.
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + "".join(line))
                    break
                size -= len(line[-1])
                line.pop()
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wraps text into a list of lines, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wraps text and joins the lines with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps text into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps text into a single string of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses the whitespace of text and truncates it to fit width,
    ending with the placeholder ' [...]' when something was cut."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace that every non-blank line starts with; lines
    holding only spaces and tabs become empty."""
    lines = text.split("\n")
    lines = ["" if line and not line.strip(" \t") else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
            continue
        k = 0
        while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
            k += 1
        margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate(line) is true
    (by default, the lines that are not blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
