"""High-level file operations: copying, moving and removing files and trees."""

import collections
import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "disk_usage",
           "get_terminal_size", "SameFileError", "which", "ignore_patterns", "ReadError",
           "RegistryError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """The source and the destination of a copy are one file."""


class SpecialFileError(OSError):
    """A copy met a file it cannot copy, such as a named pipe."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """A problem with the archive format registries."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy what can be read from fsrc into fdst, length bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        buf = read(length)
        if not buf:
            break
        write(buf)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else os.path.islink(fn)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (not its metadata); returns dst.

    Without follow_symlinks, a symbolic link src is recreated as a link.
    """
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for fn in (src, dst):
        try:
            st = _stat(fn)
        except OSError:
            # The file does not exist (yet): nothing special about it.
            pass
        else:
            if stat.S_ISFIFO(st.st_mode):
                fn = fn.path if isinstance(fn, os.DirEntry) else fn
                raise SpecialFileError("`%s` is a named pipe" % fn)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
    else:
        with open(src, 'rb') as fsrc:
            try:
                with open(dst, 'wb') as fdst:
                    copyfileobj(fsrc, fdst, 1024 * 1024)
            except IsADirectoryError as e:
                if not os.path.exists(dst):
                    raise FileNotFoundError(f'Directory does not exist: {dst}') from e
                raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        return
    st = _stat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of src to dst."""
    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))
    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follow)
    else:
        st = os.stat(src, follow_symlinks=follow)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    if follow:
        os.chmod(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copy the contents and permission bits of src to dst (a file or a directory); returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy the contents and metadata of src to dst (a file or a directory); returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An ignore function for copytree that skips the names matching any of the patterns."""
    def _ignore_patterns(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the tree under src to dst with copy_function, returning dst.

    Failures of single files are gathered and raised together as Error at the end.
    """
    with os.scandir(src) as it:
        entries = list(it)
    if ignore is not None:
        ignored = ignore(os.fspath(src), [x.name for x in entries])
    else:
        ignored = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(entry, dstname, follow_symlinks=not symlinks)
                else:
                    if not os.path.exists(linkto if os.path.isabs(linkto)
                                          else os.path.join(os.path.dirname(srcname), linkto)):
                        if ignore_dangling_symlinks:
                            continue
                    if entry.is_dir():
                        copytree(srcname, dstname, symlinks, ignore, copy_function,
                                 ignore_dangling_symlinks, dirs_exist_ok)
                    else:
                        copy_function(srcname, dstname)
            elif entry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Remove the tree under path.

    Errors are ignored with ignore_errors, handed to onexc(function, path, exception) (or the
    older onerror(function, path, exc_info)) when given, and raised otherwise.
    """
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if ignore_errors:
        def onexc(*args):
            pass
    elif onerror is None and onexc is None:
        def onexc(*args):
            raise
    elif onexc is None:
        def onexc(function, path, exc):
            onerror(function, path, (type(exc), exc, exc.__traceback__))
    path = os.fspath(path)
    try:
        st = os.lstat(path)
    except OSError as err:
        onexc(os.lstat, path, err)
        return
    try:
        if stat.S_ISLNK(st.st_mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as err:
        onexc(os.path.islink, path, err)
        return
    _rmtree_walk(path, onexc)


def _rmtree_walk(top, onexc):
    try:
        with os.scandir(top) as it:
            entries = list(it)
    except OSError as err:
        onexc(os.scandir, top, err)
        return
    for entry in entries:
        fullname = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_walk(fullname, onexc)
        else:
            try:
                os.unlink(fullname)
            except FileNotFoundError:
                continue
            except OSError as err:
                onexc(os.unlink, fullname, err)
    try:
        os.rmdir(top)
    except FileNotFoundError:
        pass
    except OSError as err:
        onexc(os.rmdir, top, err)


rmtree.avoids_symlink_attacks = False


def _last_name(path):
    # The name a directory move gives the moved thing: the last component, trailing slash or not.
    return os.path.basename(os.fspath(path).rstrip(os.sep))


def _inside(src, dst):
    # Whether dst is src or lies below it.
    src_dir = os.path.join(os.path.abspath(src), '')
    dst_dir = os.path.join(os.path.abspath(dst), '')
    return dst_dir.startswith(src_dir)


def move(src, dst, copy_function=copy2):
    """Move src to dst as the mv command does, renaming when possible and copying otherwise; returns the destination."""
    target = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            # Only a change of case on a case-insensitive file system: just rename.
            os.rename(src, dst)
            return None
        target = os.path.join(dst, _last_name(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    # Another file system (or a rename refused): copy, then remove the original.
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """(total, used, free) bytes of the file system holding path."""
    return _ntuple_diskusage(*os._disk_usage(path))


def chown(path, user=None, group=None, *, dir_fd=None, follow_symlinks=True):
    """Change the owner of path: not supported here."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    raise NotImplementedError("chown is not supported on Taipan")


def get_terminal_size(fallback=(80, 24)):
    """The terminal's (columns, lines): COLUMNS and LINES when set, else the terminal's size, else fallback."""
    size = [_positive_env('COLUMNS'), _positive_env('LINES')]
    if 0 in size:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        for i in range(2):
            if size[i] == 0:
                size[i] = measured[i] or fallback[i]
    return os.terminal_size(size)


def _positive_env(name):
    # An environment variable as a positive int, else 0.
    try:
        value = int(os.environ[name])
    except (KeyError, ValueError):
        return 0
    return value if value > 0 else 0


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd found on path (default $PATH) with the given access mode, or None."""
    use_bytes = isinstance(cmd, bytes)
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath
        if not path:
            return None
        if use_bytes:
            path = os.fsencode(path)
    else:
        path = os.fspath(path)
    if not path:
        return None
    if use_bytes:
        dirs = path.split(os.fsencode(os.pathsep))
    else:
        dirs = path.split(os.pathsep)
    seen = set()
    for directory in dirs:
        normdir = os.path.normcase(directory)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(directory, cmd)
            if _access_check(name, mode):
                return name
    return None
