"""Paths as objects: pure paths compute with path names only, concrete paths (Path)
also reach the file system. Taipan follows POSIX rules: Path() is a PosixPath.
"""

import fnmatch
import io
import os
import posixpath
import re
import stat as _stat

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "Path", "PosixPath", "WindowsPath"]


class UnsupportedOperation(NotImplementedError):
    """An operation this kind of path does not support."""
    pass


# The bytes a file URI keeps as they are (the rest are percent-encoded).
_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


class _PathParents:
    """The read-only sequence of a path's ancestors that the parents property returns."""

    __slots__ = ('_path', '_drv', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._drv = path.drive
        self._root = path.root
        self._tail = path._tail_parts

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parsed(self._drv, self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __contains__(self, item):
        return any(item == p for p in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A file-system path that is only computed with, never looked up.

    PurePath() makes a PurePosixPath here; arguments are joined as os.path.join does.
    """

    __slots__ = ('_raw_paths', '_drv', '_root', '_tail', '_str', '_hash', '_parts_normcase')
    parser = posixpath

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                paths.extend(arg._raw_paths)
                continue
            try:
                path = os.fspath(arg)
            except TypeError:
                path = arg
            if not isinstance(path, str):
                raise TypeError("argument should be a str or an os.PathLike object where "
                                "__fspath__ returns a str, not %r" % type(path).__name__)
            paths.append(path)
        self._raw_paths = paths
        self._drv = None

    def with_segments(self, *pathsegments):
        """A path of this type from path segments; every derived path is made here."""
        return type(self)(*pathsegments)

    # ---- parsing ----

    def _parse(self):
        paths = self._raw_paths
        if not paths:
            raw = ''
        elif len(paths) == 1:
            raw = paths[0]
        else:
            raw = posixpath.join(*paths)
        drv, root, rel = posixpath.splitroot(raw)
        self._drv = drv
        self._root = root
        self._tail = [part for part in rel.split('/') if part and part != '.']

    def _from_parsed(self, drv, root, tail):
        path = self.with_segments((drv + root + '/'.join(tail)) or '.')
        path._drv = drv
        path._root = root
        path._tail = list(tail)
        return path

    @property
    def drive(self):
        """The drive: always '' with POSIX rules."""
        if self._drv is None:
            self._parse()
        return self._drv

    @property
    def root(self):
        """The root: '', '/' or '//'."""
        if self._drv is None:
            self._parse()
        return self._root

    @property
    def _tail_parts(self):
        if self._drv is None:
            self._parse()
        return self._tail

    def __str__(self):
        """The normalized path as a string."""
        try:
            return self._str
        except AttributeError:
            tail = self._tail_parts
            self._str = (self._drv + self._root + '/'.join(tail)) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        """The path encoded as the file system wants it."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def __reduce__(self):
        return self.__class__, tuple(self._raw_paths)

    def as_uri(self):
        """The absolute path as a file: URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in os.fsencode(str(self)))

    # ---- comparisons ----

    @property
    def _str_normcase(self):
        return str(self)

    def _normcase_parts(self):
        try:
            return self._parts_normcase
        except AttributeError:
            self._parts_normcase = self._str_normcase.split('/')
            return self._parts_normcase

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str_normcase == other._str_normcase and self.parser is other.parser

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self._str_normcase)
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._normcase_parts() < other._normcase_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._normcase_parts() <= other._normcase_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._normcase_parts() > other._normcase_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self.parser is not other.parser:
            return NotImplemented
        return self._normcase_parts() >= other._normcase_parts()

    # ---- components ----

    @property
    def anchor(self):
        """The drive and the root together."""
        return self.drive + self.root

    @property
    def parts(self):
        """A tuple of the anchor (when there is one) and the names."""
        tail = self._tail_parts
        if self._drv or self._root:
            return (self._drv + self._root,) + tuple(tail)
        return tuple(tail)

    @property
    def name(self):
        """The last component, or '' when there is none."""
        tail = self._tail_parts
        return tail[-1] if tail else ''

    @property
    def suffix(self):
        """The last suffix of the name ('.gz' of 'a.tar.gz'), or ''."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """Every suffix of the name (['.tar', '.gz'] of 'a.tar.gz')."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The name without its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """This path with the last component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self.drive, self.root, self._tail_parts[:-1] + [name])

    def with_stem(self, stem):
        """This path with the stem of the last component replaced."""
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        """This path with the last suffix replaced, added, or removed (with '')."""
        stem = self.stem
        if not stem:
            raise ValueError(f"{self!r} has an empty name")
        if suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(stem + suffix)

    @property
    def parent(self):
        """The path without its last component."""
        tail = self._tail_parts
        if not tail:
            return self
        return self._from_parsed(self._drv, self._root, tail[:-1])

    @property
    def parents(self):
        """The sequence of the path's ancestors, the nearest first."""
        self._tail_parts
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root."""
        return bool(self.root)

    def is_reserved(self):
        """Deprecated: whether the name is reserved (never, with POSIX rules)."""
        import warnings
        warnings.warn("pathlib.PurePath.is_reserved() is deprecated and scheduled for removal "
                      "in Python 3.15. Use os.path.isreserved() to detect reserved paths on Windows.",
                      DeprecationWarning, stacklevel=2)
        return False

    # ---- joining and relating ----

    def joinpath(self, *pathsegments):
        """This path joined with the arguments; an absolute argument starts afresh."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path relative to other; ValueError when it is not below other.

        With walk_up, '..' components climb out of other where needed.
        """
        if _deprecated:
            import warnings
            warnings.warn("support for supplying more than one positional argument to "
                          "pathlib.PurePath.relative_to() is deprecated and scheduled for "
                          "removal in Python 3.14", DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        # Climb from other towards its anchor until an ancestor of this path (or this path)
        # is reached; each step up is a '..' of the answer.
        base = other
        ups = 0
        while not (base == self or base in self.parents):
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if base.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
            parent = base.parent
            if parent == base:
                raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
            base = parent
            ups += 1
        parts = ['..'] * ups + self._tail_parts[len(base._tail_parts):]
        return self._from_parsed('', '', parts)

    def is_relative_to(self, other, /, *_deprecated):
        """Whether this path is other or below it."""
        if _deprecated:
            import warnings
            warnings.warn("support for supplying more than one argument to "
                          "pathlib.PurePath.is_relative_to() is deprecated and scheduled for "
                          "removal in Python 3.14", DeprecationWarning, stacklevel=2)
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    # ---- matching ----

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches the glob pattern from the right (the whole path when the
        pattern is absolute); '**' acts as '*'.
        """
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = True
        path_parts = self.parts[::-1]
        pattern_parts = path_pattern.parts[::-1]
        if not pattern_parts:
            raise ValueError("empty pattern")
        if len(path_parts) < len(pattern_parts):
            return False
        if len(path_parts) > len(pattern_parts) and path_pattern.anchor:
            return False
        for path_part, pattern_part in zip(path_parts, pattern_parts):
            if not _segment_matcher(pattern_part, case_sensitive)(path_part):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        """Whether the whole path matches the glob pattern, '**' matching any depth."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if case_sensitive is None:
            case_sensitive = True
        import glob
        regex = glob.translate(str(pattern), recursive=True, include_hidden=True, seps='/')
        flags = 0 if case_sensitive else re.IGNORECASE
        return re.compile(regex, flags).match(str(self)) is not None


_MATCHERS = {}


def _segment_matcher(pattern, case_sensitive):
    """A function telling whether a name matches one segment of a glob pattern."""
    key = (pattern, case_sensitive)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        flags = 0 if case_sensitive else re.IGNORECASE
        regex = re.compile(fnmatch.translate(pattern), flags)
        matcher = lambda name: regex.match(name) is not None
        if len(_MATCHERS) > 512:
            _MATCHERS.clear()
        _MATCHERS[key] = matcher
    return matcher


class PurePosixPath(PurePath):
    """A pure path with POSIX rules."""
    __slots__ = ()


# CPython 3.13 defines these classes in pathlib._local; their names say so.
UnsupportedOperation.__module__ = 'pathlib._abc'
PurePath.__module__ = PurePosixPath.__module__ = 'pathlib._local'

from pathlib._local import Path, PosixPath, WindowsPath  # noqa: E402
