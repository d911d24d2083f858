"""Path-name operations with POSIX rules (os.path on Taipan).

Each function takes str, bytes or an os.PathLike and answers in the same kind.
"""

import os
import stat
import sys

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "realpath", "supports_unicode_filenames", "relpath", "commonpath", "isjunction",
           "isdevdrive"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """The path unchanged: POSIX names are case-sensitive."""
    return os.fspath(s)


def isabs(s):
    """Whether the path starts with a slash."""
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join components with '/'; an absolute component discards everything before it."""
    a = os.fspath(a)
    sep = _sep(a)
    result = a
    try:
        for b in map(os.fspath, p):
            if b.startswith(sep) or not result:
                result = b
            elif result.endswith(sep):
                result = result + b
            else:
                result = result + sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return result


def split(p):
    """(head, tail): tail is the part after the last slash, head the rest without trailing slashes."""
    p = os.fspath(p)
    sep = _sep(p)
    cut = p.rfind(sep) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows, unless the name is only leading dots."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    last_sep = p.rfind(sep)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # A name made only of dots up to here (".bashrc", "..x") has no extension.
        name_start = last_sep + 1
        while name_start < last_dot:
            if p[name_start:name_start + 1] != dot:
                return p[:last_dot], p[last_dot:]
            name_start += 1
    return p, p[:0]


def splitdrive(p):
    """(drive, path) with an empty drive: POSIX has none."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """(drive, root, tail): the drive is empty, the root '', '/' or '//' (kept exactly)."""
    p = os.fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    """The part of the path after the last slash."""
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """The part of the path before the last slash, without trailing slashes."""
    p = os.fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest prefix (element by element) shared by every item of m."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    low = min(m)
    high = max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def exists(path):
    """Whether the path names something; False for a broken symbolic link."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Whether the path names something; True for a broken symbolic link."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        return (os.stat if follow else os.lstat)(path).st_mode
    except (OSError, ValueError):
        return None


def isfile(path):
    """Whether the path is a regular file (following symbolic links)."""
    mode = _mode(path)
    return mode is not None and stat.S_ISREG(mode)


def isdir(s):
    """Whether the path is a directory (following symbolic links)."""
    mode = _mode(s)
    return mode is not None and stat.S_ISDIR(mode)


def islink(path):
    """Whether the path is a symbolic link."""
    mode = _mode(path, False)
    return mode is not None and stat.S_ISLNK(mode)


def isjunction(path):
    """Always False: junctions exist only on Windows."""
    os.fspath(path)
    return False


def isdevdrive(path):
    """Always False: Dev Drives exist only on Windows."""
    os.fspath(path)
    return False


def getsize(filename):
    """The size of the file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time of the file's last modification, in seconds since the epoch."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time of the file's last access, in seconds since the epoch."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The time of the file's last metadata change, in seconds since the epoch."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """Whether the path is a mount point."""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def expanduser(path):
    """Replace a leading ~ by $HOME; ~user and an unknown home leave the path as it is."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    if end != 1:
        # ~user needs the password database, which the JVM does not offer.
        return path
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(sep)
    return (home + path[end:]) or sep


def expandvars(path):
    """Replace $name and ${name} by environment values; unknown names stay as written."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    dollar = b'$' if is_bytes else '$'
    if dollar not in path:
        return path
    text = path.decode('utf-8', 'surrogateescape') if is_bytes else path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if text.startswith('${', i):
            close = text.find('}', i + 2)
            name = text[i + 2:close] if close >= 0 else ''
            end = close + 1
            valid = close >= 0 and name and all(ch.isalnum() or ch in '_-' for ch in name if ch.isascii())
            valid = valid and name.isascii()
        else:
            end = i + 1
            while end < n and text[end].isascii() and (text[end].isalnum() or text[end] in '_-'):
                end += 1
            name = text[i + 1:end]
            valid = bool(name)
        if valid and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(text[i:end] if valid else c)
            if not valid:
                end = i + 1
        i = end
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if is_bytes else result


def normpath(path):
    """Collapse redundant slashes and '.' and resolve '..' textually (no file-system access)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    _, root, tail = splitroot(path)
    parts = []
    for comp in tail.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not root and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    return (root + sep.join(parts)) or dot


def abspath(path):
    """The path made absolute against the working directory, then normalized."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The absolute path with every symbolic link resolved.

    With strict, a missing component or a link loop raises OSError.
    """
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        sep, dot, dotdot = b'/', b'.', b'..'
        cwd = os.getcwdb
    else:
        sep, dot, dotdot = '/', '.', '..'
        cwd = os.getcwd
    if strict == 'allow_missing':
        strict = False
    # A stack of the components still to resolve, the last on top.
    rest = filename.split(sep)[::-1]
    path = sep if isabs(filename) else cwd()
    # Each link met maps to the path it resolved to, or None while it is being resolved.
    seen = {}
    while rest:
        name = rest.pop()
        if isinstance(name, _LinkDone):
            seen[name.link] = path
            continue
        if not name or name == dot:
            continue
        if name == dotdot:
            path = dirname(path) if path != sep else sep
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            path = newpath
            continue
        if not stat.S_ISLNK(st.st_mode):
            if strict and rest and not stat.S_ISDIR(st.st_mode):
                raise NotADirectoryError(20, os.strerror(20), newpath)
            path = newpath
            continue
        if newpath in seen:
            resolved = seen[newpath]
            if resolved is None:
                # A symlink loop: strict mode reports it, else the rest stays unresolved.
                if strict:
                    os.stat(newpath)
                path = newpath
            else:
                path = resolved
            continue
        seen[newpath] = None
        target = os.readlink(newpath)
        if isabs(target):
            path = sep
        rest.append(_LinkDone(newpath))
        rest.extend(target.split(sep)[::-1])
    return path


class _LinkDone:
    """A marker on realpath's stack: the link it names has been resolved to the path so far."""

    __slots__ = ('link',)

    def __init__(self, link):
        self.link = link


def relpath(path, start=None):
    """The path relative to start (default the working directory)."""
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    else:
        start = os.fspath(start)
    try:
        start_parts = [x for x in abspath(start).split(sep) if x]
        path_parts = [x for x in abspath(path).split(sep) if x]
        common = len(commonprefix([start_parts, path_parts]))
        parts = [pardir_] * (len(start_parts) - common) + path_parts[common:]
        if not parts:
            return curdir_
        return join(*parts)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest sub-path (whole components) shared by every path of the sequence."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    try:
        split_paths = [p.split(sep) for p in paths]
        try:
            absolute, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        low = min(split_paths)
        high = max(split_paths)
        common = low
        for i, c in enumerate(low):
            if c != high[i]:
                common = low[:i]
                break
        prefix = sep if absolute else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
