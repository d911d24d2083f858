"""Temporary files and directories with names nobody else can take.

mkstemp and mkdtemp create a file or directory and return its name; NamedTemporaryFile,
TemporaryFile, SpooledTemporaryFile and TemporaryDirectory also remove it when done.
Bytes arguments give bytes names. tempdir, set before first use, chooses the directory.
"""

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

import _thread
import io
import os
import random
import shutil
import warnings
import weakref

TMP_MAX = 10000
template = "tmp"
tempdir = None

_once_lock = _thread.allocate_lock()
_CREATE_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL
_NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_name_random = None


def _random_name():
    global _name_random
    if _name_random is None:
        _name_random = random.Random()
    return ''.join(_name_random.choice(_NAME_CHARACTERS) for _ in range(8))


def _infer_return_type(*args):
    """str or bytes, from the kind of the arguments that are given (mixing is an error)."""
    kinds = set()
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, os.PathLike):
            arg = os.fspath(arg)
        kinds.add(bytes if isinstance(arg, bytes) else str)
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if kinds:
        return kinds.pop()
    return bytes if isinstance(tempdir, bytes) else str


def _sanitize_params(prefix, suffix, dir):
    """The prefix, suffix and directory to use, with the kind of name to return."""
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _candidate_tempdir_list():
    """The directories worth trying for temporary files, best first."""
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdir_list():
        if dir != os.curdir:
            dir = os.path.abspath(dir)
        if os.path.isdir(dir) and os.access(dir, os.W_OK | os.X_OK):
            return dir
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % _candidate_tempdir_list())


def gettempprefix():
    """The default prefix of temporary names, as str."""
    return os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return os.fsencode(template)


def _gettempdir():
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The directory for temporary files, as str."""
    return os.fsdecode(_gettempdir())


def gettempdirb():
    """The directory for temporary files, as bytes."""
    return os.fsencode(_gettempdir())


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Create a new file with a fresh name in dir; returns (descriptor, absolute path)."""
    dir = os.path.abspath(dir)
    for _ in range(TMP_MAX):
        name = _random_name()
        if output_type is bytes:
            name = os.fsencode(name)
        file = os.path.join(dir, pre + name + suf)
        try:
            fd = os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file only this user may use; returns (descriptor, absolute path).

    The caller removes the file when done.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _CREATE_FLAGS, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory only this user may use; returns its absolute path.

    The caller removes the directory when done.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        name = _random_name()
        if output_type is bytes:
            name = os.fsencode(name)
        file = os.path.join(dir, prefix + name + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that no file had a moment ago. Unsafe: another process may take it first."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes the file and deletes it (when asked to), once however it is reached."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close
        self.cleanup_called = False
        self.close_called = False

    def _unlink(self):
        try:
            os.unlink(self.name)
        except FileNotFoundError:
            pass

    def cleanup(self):
        if not self.cleanup_called:
            self.cleanup_called = True
            try:
                if not self.close_called:
                    self.close_called = True
                    self.file.close()
            finally:
                if self.delete:
                    self._unlink()

    def close(self):
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete and self.delete_on_close:
                    self.cleanup_called = True
                    self._unlink()


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns: the file's methods plus name, removing the file when done."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)

    def __getattr__(self, name):
        # Everything else comes from the file; methods are wrapped so that they keep the
        # closer (and so the file's removal) alive while a caller holds one.
        value = getattr(self.__dict__['file'], name)
        if callable(value):
            method = value
            closer = self._closer

            def forward(*args, **kwargs):
                return method(*args, **kwargs)
            forward.__name__ = getattr(method, '__name__', name)
            forward._closer = closer
            value = forward
        if not isinstance(value, int):
            self.__dict__[name] = value
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._closer.cleanup()
        return result

    def close(self):
        """Close the file, removing it when delete and delete_on_close are set."""
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at 0x%x>' % id(self)

    def __del__(self):
        try:
            self._closer.cleanup()
        except Exception:
            pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None, delete_on_close=True):
    """A new temporary file opened with io.open's arguments, with a visible name.

    It is removed on close (delete and delete_on_close), or at the end of the with block or
    when collected (delete without delete_on_close), or never (delete false).
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _CREATE_FLAGS, output_type)
    try:
        file = os.fdopen(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                         errors=errors)
    except BaseException:
        os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A new temporary file opened with io.open's arguments, whose name is gone at once."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _CREATE_FLAGS, output_type)
    try:
        file = os.fdopen(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                         errors=errors)
    finally:
        # The open file stays usable once its name is gone, as on any POSIX system.
        os.unlink(name)
    return file


class SpooledTemporaryFile(io.IOBase):
    """A temporary file kept in memory until it grows past max_size or needs a descriptor."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = io.BytesIO() if 'b' in mode else io.StringIO(newline='\n')
        self._max_size = max_size
        self._rolled = False
        # What TemporaryFile gets when the data moves to disk.
        self._disk_args = dict(mode=mode, buffering=buffering, encoding=encoding, newline=newline,
                               suffix=suffix, prefix=prefix, dir=dir, errors=errors)

    def rollover(self):
        """Move the data to a real temporary file (once)."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._disk_args)
        disk.write(memory.getvalue())
        disk.seek(memory.tell(), 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def __del__(self):
        pass

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        return self._file.mode if self._rolled else self._disk_args['mode']

    @property
    def name(self):
        return self._file.name if self._rolled else None

    @property
    def encoding(self):
        return self._file.encoding if self._rolled else self._disk_args['encoding']

    @property
    def newlines(self):
        return getattr(self._file, 'newlines', None)

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return False

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return True

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def readable(self):
        return True

    def writable(self):
        return True

    def write(self, s):
        written = self._file.write(s)
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()
        return written

    def writelines(self, iterable):
        for line in iterable:
            self.write(line)


class TemporaryDirectory:
    """A new temporary directory, removed with its contents by cleanup(), at the end of a
    with block (which gives its name) or when the object is collected.
    """

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        # Removes the directory (with a ResourceWarning) if the object is dropped unclosed.
        self._finalizer = weakref.finalize(self, _remove_abandoned, self.name,
                                           "Implicitly cleaning up {!r}".format(self),
                                           ignore_cleanup_errors, delete)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _remove_abandoned(name, message, ignore_errors, delete):
    if delete:
        shutil.rmtree(name, ignore_errors=ignore_errors)
        warnings.warn(message, ResourceWarning)
