# os: files and directories under a private temporary directory, errors with errno and
# filenames, the environment, descriptors, scandir/walk and stat results.
import errno
import os
import stat
import sys
import tempfile

base = tempfile.mkdtemp(prefix='taipan-os-')
home = os.getcwd()
os.chdir(base)
print(os.getcwd() == os.path.realpath(base), os.path.isabs(os.getcwd()))
print(os.name, os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.devnull)
print(os.altsep, os.path is sys.modules['os.path'], os.path.__name__, os.error is OSError)


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'filename', None),
              getattr(e, 'filename2', None))
    else:
        print(repr(r))


print('-- files and directories')
with open('a.txt', 'w') as f:
    f.write('hello')
print(os.listdir('.'), os.listdir(), os.listdir(b'.'))
print(os.path.getsize('a.txt'), os.path.isfile('a.txt'), os.path.isdir('a.txt'), os.path.exists('a.txt'))
st = os.stat('a.txt')
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st.st_size, st[stat.ST_SIZE], len(st))
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime), st.st_nlink)
print(os.stat_result.n_sequence_fields, type(st).__name__, type(st).__module__)
os.makedirs('x/y/z')
os.makedirs('x/y/z', exist_ok=True)
show(os.makedirs, 'x/y/z')
show(os.makedirs, 'a.txt/b', exist_ok=True)
show(os.mkdir, 'x')
show(os.mkdir, 'nope/a')
show(os.rmdir, 'x')
show(os.rmdir, 'a.txt')
show(os.rmdir, 'missing')
show(os.remove, 'x')
show(os.unlink, 'missing')
show(os.rename, 'missing', 'b')
show(os.listdir, 'a.txt')
show(os.listdir, 'missing')
show(os.chdir, 'a.txt')
show(os.chdir, 'missing')
show(os.stat, '')
show(os.stat, 'missing')
show(os.lstat, 'missing/x')
show(os.stat, 'a\0b')
show(os.stat, 1.5)
show(os.mkdir, 3)
show(os.listdir, 2.5)
show(open, 'missing.txt')
show(open, 'x')
show(os.readlink, 'a.txt')
print(isinstance(OSError(errno.ENOENT, 'x'), FileNotFoundError), errno.errorcode[errno.EEXIST])
print(os.strerror(errno.ENOTEMPTY), os.strerror(13), os.strerror(99999))

print('-- rename, replace, links')
os.rename('a.txt', 'b.txt')
with open('c.txt', 'w') as f:
    f.write('c')
os.replace('c.txt', 'b.txt')
print(sorted(os.listdir()), open('b.txt').read())
os.rename('x/y/z', 'x/z')
show(os.rename, 'x', 'b.txt')
show(os.rename, 'b.txt', 'x')
os.symlink('b.txt', 'link')
os.symlink('nowhere', 'dangling')
print(os.readlink('link'), os.path.islink('link'), os.path.islink('b.txt'), os.path.exists('dangling'),
      os.path.lexists('dangling'))
print(stat.S_ISLNK(os.lstat('link').st_mode), stat.S_ISREG(os.stat('link').st_mode))
print(os.path.realpath('link') == os.path.join(os.getcwd(), 'b.txt'))
os.link('b.txt', 'hard')
print(os.stat('hard').st_nlink, os.path.samefile('hard', 'b.txt'))
os.remove('hard')
os.unlink('dangling')
os.symlink('loop1', 'loop2')
os.symlink('loop2', 'loop1')
print(os.path.realpath('loop1') == os.path.join(os.getcwd(), 'loop1'), os.path.exists('loop1'))
show(os.stat, 'loop1')
try:
    os.path.realpath('loop1', strict=True)
except OSError as e:
    print(type(e).__name__, e.errno, os.path.basename(e.filename))
print(sorted(e.path for e in os.scandir()))
os.remove('loop1')
os.remove('loop2')
print(os.getuid() >= 0, os.getgid() >= 0, os.getuid() == os.geteuid())

print('-- scandir and walk')
for e in sorted(os.scandir('.'), key=lambda e: e.name):
    print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False),
          e.stat().st_size == os.stat(e.path).st_size, os.fspath(e))
with os.scandir('x') as it:
    print(sorted((e.name, e.path) for e in it))
print(sorted(e.name for e in os.scandir(b'x')))
for root, dirs, files in os.walk('.'):
    dirs.sort()
    print(root, dirs, sorted(files))
bottom_up = [r for r, d, f in os.walk('x', topdown=False)]
print(sorted(bottom_up[:-1]), bottom_up[-1])
errors = []
print(list(os.walk('missing', onerror=errors.append)), [type(e).__name__ for e in errors])

print('-- removedirs, renames')
os.makedirs('p/q/r')
os.removedirs('p/q/r')
print(os.path.exists('p'))
os.makedirs('m/n')
os.renames('b.txt', 'o/p/b.txt')
print(os.path.exists('o/p/b.txt'), os.path.exists('b.txt'))

print('-- chmod, access, utime, truncate')
os.chmod('o/p/b.txt', 0o640)
print(oct(stat.S_IMODE(os.stat('o/p/b.txt').st_mode)))
print(os.access('o/p/b.txt', os.R_OK), os.access('missing', os.F_OK), os.access('o', os.X_OK))
os.utime('o/p/b.txt', (1000000000, 1200000000))
st = os.stat('o/p/b.txt')
print(st.st_mtime, st[stat.ST_MTIME], st.st_atime_ns)
os.utime('o/p/b.txt', ns=(5, 1500000000123456789))
print(os.stat('o/p/b.txt').st_mtime_ns, os.path.getmtime('o/p/b.txt'))
show(os.utime, 'o/p/b.txt', (1, 2), ns=(1, 2))
os.truncate('o/p/b.txt', 3)
print(os.path.getsize('o/p/b.txt'))

print('-- descriptors')
fd = os.open('fd.bin', os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
print(os.write(fd, b'abcdef'), os.lseek(fd, 0, os.SEEK_CUR), os.fstat(fd).st_size)
os.close(fd)
show(os.open, 'fd.bin', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
fd = os.open('fd.bin', os.O_RDONLY)
print(os.read(fd, 2), os.lseek(fd, 1, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 100))
os.close(fd)
show(os.close, fd)
show(os.read, fd, 1)
fd = os.open('fd.bin', os.O_RDWR | os.O_APPEND)
os.write(fd, b'++')
with os.fdopen(fd, 'rb') as f:
    print(f.read())
fd = os.open('fd.bin', os.O_RDWR | os.O_TRUNC)
with os.fdopen(fd, 'w') as f:
    f.write('text')
print(open('fd.bin').read())

print('-- environment')
os.environ['TAIPAN_OS_TEST'] = 'v1'
print(os.getenv('TAIPAN_OS_TEST'), os.environ.get('TAIPAN_NOPE'), 'TAIPAN_OS_TEST' in os.environ,
      os.getenv('TAIPAN_NOPE', 'dflt'))
os.environ.setdefault('TAIPAN_OS_TEST', 'v2')
os.environ.update(TAIPAN_OS_TEST2='w')
print(os.environ['TAIPAN_OS_TEST'], os.environ.pop('TAIPAN_OS_TEST2'), 'TAIPAN_OS_TEST2' in os.environ)
del os.environ['TAIPAN_OS_TEST']
print(os.getenv('TAIPAN_OS_TEST'))
show(lambda: os.environ['TAIPAN_OS_TEST'])
show(os.environ.__setitem__, 'K', 1)
show(os.putenv, 'A=B', 'x')
print(type(os.environ.copy()).__name__, isinstance(os.environ, dict), repr(os.environ)[:9])
print(type(os.environ | {'a': 'b'}).__name__, os.get_exec_path({'PATH': '/x:/y'}))

print('-- misc')
print(os.fspath('a'), os.fspath(b'b'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'), os.fsdecode('s'))
show(os.fspath, 1)


class P:
    def __fspath__(self):
        return 'from-pathlike'


class Bad:
    def __fspath__(self):
        return 1


print(os.fspath(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
show(os.fspath, Bad())
print(len(os.urandom(7)), type(os.urandom(0)).__name__, os.cpu_count() > 0, os.getpid() > 0)
show(os.urandom, -1)
print(os.get_terminal_size.__name__, callable(os.get_terminal_size), os.terminal_size((3, 4)))

os.chdir(home)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
