"""The concrete paths of pathlib: PurePath with file-system operations."""

import io
import os
import posixpath
import re
import stat as _stat

from pathlib import PurePath, PurePosixPath, UnsupportedOperation, _segment_matcher

__all__ = ["Path", "PosixPath", "WindowsPath"]


class Path(PurePath):
    """A path that can also look at and change the file system.

    Path() makes a PosixPath here.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    # ---- metadata ----

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of this path: a symbolic link's own attributes."""
        return os.lstat(self)

    def _mode(self, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except (OSError, ValueError):
            return None

    def exists(self, *, follow_symlinks=True):
        """Whether the path names something (following links unless follow_symlinks is false)."""
        return self._mode(follow_symlinks) is not None

    def is_dir(self, *, follow_symlinks=True):
        """Whether the path is a directory."""
        mode = self._mode(follow_symlinks)
        return mode is not None and _stat.S_ISDIR(mode)

    def is_file(self, *, follow_symlinks=True):
        """Whether the path is a regular file (or a link to one)."""
        mode = self._mode(follow_symlinks)
        return mode is not None and _stat.S_ISREG(mode)

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        mode = self._mode(False)
        return mode is not None and _stat.S_ISLNK(mode)

    def is_mount(self):
        """Whether the path is a mount point."""
        return os.path.ismount(self)

    def is_junction(self):
        """Always False: junctions exist only on Windows."""
        return False

    def is_block_device(self):
        """Whether the path is a block device."""
        mode = self._mode()
        return mode is not None and _stat.S_ISBLK(mode)

    def is_char_device(self):
        """Whether the path is a character device."""
        mode = self._mode()
        return mode is not None and _stat.S_ISCHR(mode)

    def is_fifo(self):
        """Whether the path is a named pipe."""
        mode = self._mode()
        return mode is not None and _stat.S_ISFIFO(mode)

    def is_socket(self):
        """Whether the path is a socket."""
        mode = self._mode()
        return mode is not None and _stat.S_ISSOCK(mode)

    def samefile(self, other_path):
        """Whether this path and other_path name the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def owner(self, *, follow_symlinks=True):
        """The name of the file's owner: not supported here."""
        raise UnsupportedOperation("Path.owner() is unsupported on this system")

    def group(self, *, follow_symlinks=True):
        """The name of the file's group: not supported here."""
        raise UnsupportedOperation("Path.group() is unsupported on this system")

    # ---- contents ----

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file as the built-in open() does."""
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole contents of the file as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None, newline=None):
        """The whole contents of the file as str."""
        with self.open(mode='r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the file's contents with data; returns the number of bytes written."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the str data; returns the number of characters written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    # ---- directories ----

    def iterdir(self):
        """Iterate over the paths of the directory's entries (without '.' and '..')."""
        names = os.listdir(self)
        return (self._child(name) for name in names)

    def _child(self, name):
        return self._from_parsed(self.drive, self.root, self._tail_parts + [name])

    def _glob_parts(self, pattern):
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        if pattern.anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = list(pattern._tail_parts)
        if not parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        raw = pattern._raw_paths[-1] if pattern._raw_paths else ''
        if raw.endswith('/'):
            # A trailing separator asks for directories only.
            parts.append('')
        return parts

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """Iterate over the existing paths below this one that match the relative pattern."""
        parts = self._glob_parts(pattern)
        if case_sensitive is None:
            case_sensitive = True
        return self._select(self, parts, 0, case_sensitive, recurse_symlinks)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """glob() with '**/' before the pattern: matches at any depth."""
        if not isinstance(pattern, PurePath):
            pattern = self.with_segments(pattern)
        pattern = self.with_segments('**', pattern)
        parts = self._glob_parts(pattern)
        if pattern._raw_paths and pattern._raw_paths[-1].endswith('/') and parts[-1] != '':
            parts.append('')
        if case_sensitive is None:
            case_sensitive = True
        return self._select(self, parts, 0, case_sensitive, recurse_symlinks)

    def _select(self, path, parts, i, case_sensitive, follow):
        if i == len(parts):
            yield path
            return
        part = parts[i]
        last = i == len(parts) - 1
        if part == '':
            if path.is_dir():
                yield path
            return
        if part == '**':
            j = i
            while j < len(parts) and parts[j] == '**':
                j += 1
            for directory in self._walk_dirs(path, follow):
                if j == len(parts):
                    yield directory
                    for entry in self._scan(directory):
                        if not self._is_dir_entry(entry, follow):
                            yield directory._child(entry.name)
                else:
                    yield from self._select(directory, parts, j, case_sensitive, follow)
            return
        if part == '..' or (case_sensitive and not _has_magic(part)):
            child = path._child(part)
            if last:
                if os.path.lexists(child):
                    yield child
            else:
                yield from self._select(child, parts, i + 1, case_sensitive, follow)
            return
        matches = _segment_matcher(part, case_sensitive)
        for entry in self._scan(path):
            if not matches(entry.name):
                continue
            if last:
                yield path._child(entry.name)
            elif self._is_dir_entry(entry, True):
                yield from self._select(path._child(entry.name), parts, i + 1, case_sensitive, follow)

    @staticmethod
    def _scan(path):
        try:
            with os.scandir(path) as it:
                return list(it)
        except OSError:
            return []

    @staticmethod
    def _is_dir_entry(entry, follow):
        try:
            return entry.is_dir(follow_symlinks=follow)
        except OSError:
            return False

    def _walk_dirs(self, top, follow):
        # The directory itself, then every directory below it, depth first.
        stack = [top]
        while stack:
            directory = stack.pop()
            yield directory
            children = [directory._child(e.name) for e in self._scan(directory)
                        if self._is_dir_entry(e, follow)]
            stack.extend(reversed(children))

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Generate (dirpath, dirnames, filenames) for each directory of the tree, as os.walk does."""
        paths = [self]
        while paths:
            path = paths.pop()
            if isinstance(path, tuple):
                yield path
                continue
            try:
                entries = list(os.scandir(path))
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            dirnames = []
            filenames = []
            for entry in entries:
                try:
                    is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                except OSError:
                    is_dir = False
                (dirnames if is_dir else filenames).append(entry.name)
            if top_down:
                yield path, dirnames, filenames
            else:
                paths.append((path, dirnames, filenames))
            paths += [path._child(d) for d in reversed(dirnames)]

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory; with parents, missing parents too; with exist_ok, an existing one is fine."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        """Remove the directory, which must be empty."""
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        """Remove the file or link; with missing_ok, a missing one is fine."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it is missing, else set its times to now (exist_ok false: it must be missing)."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits, as os.chmod() does."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() of a symbolic link itself."""
        self.chmod(mode, follow_symlinks=False)

    def rename(self, target):
        """Rename to target and return the new path."""
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        """Rename to target, replacing what is there, and return the new path."""
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to the file target."""
        os.link(target, self)

    def readlink(self):
        """The path a symbolic link points to."""
        return self.with_segments(os.readlink(self))

    # ---- whole paths ----

    def absolute(self):
        """The path made absolute against the working directory, not normalized."""
        if self.is_absolute():
            return self
        cwd = os.getcwd()
        if not self._tail_parts:
            return self.with_segments(cwd)
        return self.with_segments(cwd, self)

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved."""
        return self.with_segments(os.path.realpath(self, strict=strict))

    def expanduser(self):
        """The path with a leading ~ replaced by the home directory."""
        tail = self._tail_parts
        if not self.drive and not self.root and tail and tail[0][:1] == '~':
            home = os.path.expanduser(tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return self.with_segments(home, *tail[1:])
        return self

    @classmethod
    def cwd(cls):
        """The working directory as a path."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory as a path."""
        home = os.path.expanduser('~')
        if home == '~':
            raise RuntimeError("Could not determine home directory.")
        return cls(home)

    def as_uri(self):
        """The absolute path as a file: URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return PurePath.as_uri(self)

    @classmethod
    def from_uri(cls, uri):
        """The path of a file: URI."""
        if not uri.startswith('file:'):
            raise ValueError(f"URI does not start with 'file:': {uri!r}")
        path = uri[5:]
        if path[:3] == '///':
            path = path[2:]
        elif path[:12] == '//localhost/':
            path = path[11:]
        path = re.sub('%([0-9A-Fa-f]{2})', lambda m: chr(int(m.group(1), 16)), path)
        path = cls(path)
        if not path.is_absolute():
            raise ValueError(f"URI is not absolute: {uri!r}")
        return path


def _has_magic(part):
    return '*' in part or '?' in part or '[' in part


class PosixPath(Path, PurePosixPath):
    """A concrete path with POSIX rules."""
    __slots__ = ()


class WindowsPath(Path):
    """A concrete Windows path, which cannot be made on this system."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation(f"cannot instantiate {cls.__name__!r} on your system")
