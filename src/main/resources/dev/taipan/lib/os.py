"""Operating-system services for Taipan, on top of the native posix module.

File-system calls go through the interpreter's file-system gate; relative paths are taken
from this interpreter's own working directory (getcwd/chdir), and os.environ is this
interpreter's copy of the JVM's environment.
"""

import abc
import sys

import posix
import posixpath as path
import stat as _stat
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping

_EXPORTED = [n for n in dir(posix) if not n.startswith('_') and n != 'environ']
for _name in _EXPORTED:
    globals()[_name] = getattr(posix, _name)
del _name
from posix import _disk_usage

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
curdir = '.'
pardir = '..'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError
supports_bytes_environ = False
supports_dir_fd = set()
supports_fd = {posix.stat, posix.truncate}
supports_effective_ids = set()
supports_follow_symlinks = {posix.stat, posix.access, posix.chmod, posix.utime}

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name', 'path',
           'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode',
           'get_exec_path', 'fdopen', 'extsep', 'PathLike', 'environ', 'getenv', 'makedirs',
           'removedirs', 'renames', 'walk', 'scandir', 'DirEntry', 'error'] + _EXPORTED


def process_cpu_count():
    """How many CPUs this process may run on."""
    return posix.cpu_count()


def uname():
    """The operating system's name, node, release, version and machine."""
    return uname_result(posix._uname())


class uname_result(tuple):
    """The five fields uname() answers, by position or by name."""

    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        fields = ', '.join('%s=%r' % pair for pair in zip(self._fields, self))
        return 'posix.uname_result(%s)' % fields


uname_result.__module__ = 'posix'


# ---- os.PathLike, fspath, fsencode/fsdecode -------------------------------------------------

class PathLike(abc.ABC):
    """The protocol of objects that stand for a file-system path (they define __fspath__)."""

    __slots__ = ()

    @abc.abstractmethod
    def __fspath__(self):
        """The path this object stands for, as str or bytes."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    """A path as bytes: str is encoded as UTF-8 with surrogateescape, bytes pass unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str: bytes are decoded as UTF-8 with surrogateescape, str passes unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---- the environment -------------------------------------------------------------------------

def _env_key(value, what):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ(_MutableMapping):
    """The type of os.environ: a str-to-str mapping that also calls putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_env_key(key, 'key')]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _env_key(key, 'key')
        _env_key(value, 'value')
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _env_key(key, 'key')
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join('%r: %r' % item for item in self._data.items())
        return 'environ({%s})' % items

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(dict(posix.environ))


def getenv(key, default=None):
    """The value of environment variable key, or default when it is not set."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for programs: PATH of env (default os.environ) split."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


# ---- directories -----------------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """Create directory name and any missing parents (mode applies to the leaf).

    An existing leaf is an error unless exist_ok is true and it is a directory.
    """
    here = curdir.encode('ascii') if isinstance(fspath(name), bytes) else curdir
    # The ancestors that do not exist yet, nearest first, each with its last component.
    missing = []
    current = name
    while True:
        head, tail = _split_dir(current)
        if not head or not tail or path.exists(head):
            break
        missing.append(head)
        current = head
    for directory in reversed(missing):
        if _split_dir(directory)[1] == here:
            continue
        try:
            mkdir(directory)
        except FileExistsError:
            # Made by someone else meanwhile.
            pass
    if missing and _split_dir(name)[1] == here:
        return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def _split_dir(name):
    # path.split, looking past one trailing slash.
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    return head, tail


def removedirs(name):
    """Remove directory name, then each parent in the path until one cannot be removed."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename old to new, creating new's missing parents and pruning old's emptied ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One name found by scandir(), with its path and lazily read, cached attributes."""

    __slots__ = ('name', 'path', '_kind', '_inode', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, name, kind, inode):
        self = object.__new__(cls)
        self.name = name
        self.path = path.join(directory, name)
        self._kind = kind
        self._inode = inode
        self._stat = None
        self._lstat = None
        return self

    def inode(self):
        """The entry's inode number."""
        return self._inode

    def is_symlink(self):
        """Whether the entry itself is a symbolic link."""
        return self._kind == 3

    def is_junction(self):
        """Always False: junctions exist only on Windows."""
        return False

    def _follow(self, follow_symlinks, kind, test):
        if self._kind == kind:
            return True
        if self._kind != 3 or not follow_symlinks:
            return False
        try:
            return test(self.stat().st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        """Whether the entry is a directory (through a link unless follow_symlinks is false)."""
        return self._follow(follow_symlinks, 1, _stat.S_ISDIR)

    def is_file(self, *, follow_symlinks=True):
        """Whether the entry is a regular file (through a link unless follow_symlinks is false)."""
        return self._follow(follow_symlinks, 2, _stat.S_ISREG)

    def stat(self, *, follow_symlinks=True):
        """The entry's stat_result, read once and kept."""
        if follow_symlinks and self._kind == 3:
            if self._stat is None:
                self._stat = posix.stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = posix.lstat(self.path)
        return self._lstat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """What scandir() returns: an iterator over DirEntry objects that is also a context manager."""

    def __init__(self, entries):
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """Iterate over the entries of directory path (default '.') as DirEntry objects."""
    if path is None:
        listing = posix._scandir(None)
        return _ScandirIterator([DirEntry._make(curdir, n, k, i) for n, k, i in listing])
    if not isinstance(path, (str, bytes)) and not hasattr(type(path), '__fspath__'):
        if isinstance(path, int):
            raise NotImplementedError("scandir: file descriptors are not supported")
        raise TypeError("scandir: path should be string, bytes, os.PathLike, integer or None, not %s"
                        % type(path).__name__)
    top = fspath(path)
    listing = posix._scandir(top)
    return _ScandirIterator([DirEntry._make(top, n, k, i) for n, k, i in listing])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory of the tree under top.

    Top-down by default, so a caller may prune dirnames in place; errors from scandir go to
    onerror when given and are otherwise skipped; symbolic links to directories are entered
    only with followlinks.
    """
    pending = [fspath(top)]
    while pending:
        top = pending.pop()
        if isinstance(top, tuple):
            # A directory whose children were walked: yield it now (bottom-up order).
            yield top
            continue
        dirs = []
        nondirs = []
        links = []
        try:
            with scandir(top) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    if is_dir:
                        dirs.append(entry.name)
                        if not topdown and not followlinks:
                            try:
                                links.append(entry.is_symlink())
                            except OSError:
                                links.append(False)
                    else:
                        nondirs.append(entry.name)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                child = path.join(top, dirname)
                if followlinks or not path.islink(child):
                    pending.append(child)
        else:
            pending.append((top, dirs, nondirs))
            for i in range(len(dirs) - 1, -1, -1):
                if followlinks or not links[i]:
                    pending.append(path.join(top, dirs[i]))


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object on descriptor fd (from os.open); the descriptor is closed in its favour."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd).__name__)
    import io
    file_path, position, readable, writable, appending = posix._fd_info(fd)
    binary = 'b' in mode
    if 'a' in mode:
        reopen = 'a'
    elif 'w' in mode or '+' in mode:
        reopen = 'r+'
    else:
        reopen = 'r'
    reopen += 'b' if binary else ''
    f = io.open(file_path, reopen, buffering, encoding, *args, **kwargs)
    if reopen[0] == 'r' and position:
        f.seek(position)
    posix.close(fd)
    return f
