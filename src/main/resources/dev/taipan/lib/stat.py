"""The file-type and permission bits of st_mode (Linux values) and tests on them."""

ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_TRACKED = 0x00000040
UF_DATAVAULT = 0x00000080
UF_SETTABLE = 0x0000ffff
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_RESTRICTED = 0x00080000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000
SF_FIRMLINK = 0x00800000
SF_DATALESS = 0x40000000
SF_SUPPORTED = 0x009f0000
SF_SETTABLE = 0x3fff0000
SF_SYNTHETIC = 0xc0000000



def S_IMODE(mode):
    """The bits os.chmod() can set: permissions, set-id and sticky."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits."""
    return mode & 0o170000


def S_ISDIR(mode):
    """Whether the mode is a directory's."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """Whether the mode is a character device's."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """Whether the mode is a block device's."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """Whether the mode is a regular file's."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """Whether the mode is a named pipe's."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """Whether the mode is a symbolic link's."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """Whether the mode is a socket's."""
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    """Always False: doors exist only on Solaris."""
    return False


def S_ISPORT(mode):
    """Always False: event ports exist only on Solaris."""
    return False


def S_ISWHT(mode):
    """Always False: whiteouts exist only on BSD."""
    return False


# The letters of ls -l: the file type, then three rwx groups where the set-id and sticky bits
# show as s/S and t/T.
_TYPE_LETTERS = ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'),
                 (S_IFDIR, 'd'), (S_IFCHR, 'c'), (S_IFIFO, 'p'))


def _triple(mode, read, write, execute, special, on_exec, on_plain):
    letters = ['r' if mode & read else '-', 'w' if mode & write else '-']
    if mode & special:
        letters.append(on_exec if mode & execute else on_plain)
    else:
        letters.append('x' if mode & execute else '-')
    return ''.join(letters)


def filemode(mode):
    """The mode as ls -l shows it, such as '-rw-r--r--'."""
    kind = '?'
    for bits, letter in _TYPE_LETTERS:
        if mode & 0o170000 == bits:
            kind = letter
            break
    return (kind
            + _triple(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S')
            + _triple(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S')
            + _triple(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T'))
