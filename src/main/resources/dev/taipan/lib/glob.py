"""Path-name pattern expansion, as a shell does it."""

import fnmatch
import itertools
import os
import re

__all__ = ["glob", "iglob", "escape", "translate"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths that match the pattern (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Iterate over the paths that match the pattern.

    Wildcards are fnmatch's; names starting with a dot match only a pattern starting with a
    dot unless include_hidden; with recursive, a '**' component matches any depth of
    directories (none included). root_dir, when given, is where relative patterns are taken.
    """
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # A leading '**' also matches the empty path, which is not a result.
        try:
            first = next(results)
        except StopIteration:
            return iter(())
        if first:
            results = itertools.chain((first,), results)
    return results


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            # A pattern ending with a separator names a directory.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_magic(root_dir, basename, dironly, include_hidden)
        return
    # dirname == pathname when the pattern is all separators after a drive-like head.
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            in_dir = _glob_recursive
        else:
            in_dir = _glob_magic
    else:
        in_dir = _glob_literal
    for directory in dirs:
        for name in in_dir(_join(root_dir, directory), basename, dironly, include_hidden):
            yield os.path.join(directory, name)


def _glob_magic(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _entries(dirname, dironly):
    if not dirname:
        dirname = os.curdir.encode('ascii') if isinstance(dirname, bytes) else os.curdir
    try:
        with os.scandir(dirname) as it:
            result = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        result.append(entry.name)
                except OSError:
                    pass
            return result
    except OSError:
        return []


def _listdir(dirname, dironly):
    return _entries(dirname, dironly)


def _walk_names(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for below in _walk_names(path, dironly, include_hidden):
                yield _join(name, below)


def _lexists(pathname):
    try:
        os.lstat(pathname)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname):
    return os.path.isdir(pathname)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """The path with its wildcard characters bracketed, so that it matches itself only."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _MAGIC_BYTES.sub(br'[\1]', pathname)
    else:
        pathname = _MAGIC.sub(r'[\1]', pathname)
    return drive + pathname


def translate(pat, *, recursive=False, include_hidden=False, seps=None):
    """A regular expression matching the paths the pattern matches.

    seps are the separator characters (default os.sep); recursive and include_hidden mean
    what they mean for iglob.
    """
    if not seps:
        seps = os.path.sep + (os.path.altsep or '')
    sep_chars = ''.join(re.escape(c) for c in seps)
    sep = '[%s]' % sep_chars if len(seps) > 1 else sep_chars
    name_char = '[^%s]' % sep_chars
    # What a lone '*' segment and a '**' segment stand for, inside the path and at its end.
    if include_hidden:
        star_last = name_char + '+'
        deep = '(?:.+%s)?' % sep
        deep_last = '.*'
    else:
        star_last = '[^%s.]%s*' % (sep_chars, name_char)
        deep = '(?:%s%s)*' % (star_last, sep)
        deep_last = '%s(?:%s)?' % (deep, star_last)
    star = star_last + sep
    segments = re.split(sep, pat)
    pieces = []
    for index, segment in enumerate(segments):
        is_last = index == len(segments) - 1
        if segment == '*':
            pieces.append(star_last if is_last else star)
            continue
        if recursive and segment == '**':
            if is_last:
                pieces.append(deep_last)
            elif segments[index + 1] != '**':
                # A run of '**' segments means what one does.
                pieces.append(deep)
            continue
        if segment:
            if not include_hidden and segment[0] in '*?':
                pieces.append(r'(?!\.)')
            pieces.extend(_segment_regex(segment, name_char))
        if not is_last:
            pieces.append(sep)
    return '(?s:%s)\\Z' % ''.join(pieces)


def _segment_regex(part, not_sep):
    # fnmatch's tokens of one segment, with '*' and '?' kept within the segment.
    out = []
    for token in fnmatch._tokens(part):
        if token is fnmatch._STAR:
            out.append(not_sep + '*')
        elif token is fnmatch._ANY:
            out.append(not_sep)
        else:
            out.append(token)
    return out
