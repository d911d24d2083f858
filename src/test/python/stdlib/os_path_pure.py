# os.path (posixpath) on strings and bytes, without touching the file system.
import os
import posixpath

cases = ['', '/', '//', '///', 'a', 'a/', 'a/b', '/a/b/', 'a//b', './a', '../a', 'a/./b', 'a/../b',
         '/..', '/../a', '.', '..', '//a/b', '///a', 'a/b.txt', '.bashrc', 'a/.bashrc', 'a.b.c',
         'a.', '..a', 'a/b..c', '/a/b/..', 'dir.d/file', 'x/...', '....']
for p in cases:
    print(repr(p), posixpath.split(p), posixpath.splitext(p), posixpath.basename(p),
          repr(posixpath.dirname(p)), posixpath.normpath(p), posixpath.isabs(p),
          posixpath.splitroot(p), posixpath.splitdrive(p))
for p in [b'/a//b/', b'a.tar.gz', b'../x/./y', b'']:
    print(p, posixpath.split(p), posixpath.splitext(p), posixpath.normpath(p), posixpath.basename(p),
          posixpath.dirname(p))

print('-- join')
print(posixpath.join('a', 'b', 'c'), posixpath.join('a/', 'b'), posixpath.join('a', '/b', 'c'),
      repr(posixpath.join('a', '')), posixpath.join('', 'b'), posixpath.join('/'), posixpath.join(b'x', b'y'))
for args in [('a', 1), ('a', b'b'), (b'a', 'b'), (1,)]:
    try:
        posixpath.join(*args)
    except TypeError as e:
        print('TypeError', e)


class P:
    def __fspath__(self):
        return 'pl'


print(posixpath.join(P(), 'x'), posixpath.basename(P()), posixpath.normcase('AbC'))

print('-- relpath, commonpath, commonprefix')
for path, start in [('/a/b/c', '/a'), ('/a', '/a/b/c'), ('/a/b', '/a/b'), ('/x/y', '/a/b'), ('a/b', 'a'),
                    ('/a/b', '/'), ('/', '/a/b')]:
    print(path, start, posixpath.relpath(path, start))
try:
    posixpath.relpath('')
except ValueError as e:
    print('ValueError', e)
print(posixpath.commonpath(['/usr/lib', '/usr/local/lib']), posixpath.commonpath(['a/b', 'a/c/d']),
      repr(posixpath.commonpath(['a', 'b'])), posixpath.commonpath(['/a/./b', '/a/b/c']),
      posixpath.commonpath([b'/x/y', b'/x/z']))
for bad in [[], ['/a', 'b'], ['a', b'b']]:
    try:
        posixpath.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(posixpath.commonprefix([])), posixpath.commonprefix(['/usr/lib', '/usr/local']),
      posixpath.commonprefix([['a', 'b'], ['a', 'c']]))

print('-- expanduser, expandvars')
os.environ['HOME'] = '/home/tester'
os.environ['TP_VAR'] = 'value'
os.environ.pop('TP_NONE', None)
for p in ['~', '~/x', '~nosuchuser42/x', 'a/~', '~/', 'x~']:
    print(p, posixpath.expanduser(p))
print(posixpath.expanduser(b'~/b'))
for p in ['$TP_VAR', '${TP_VAR}/x', '$TP_NONE', 'a$TP_VAR.b', '$', '${TP_VAR', '$$', '${}', '$TP_VARx',
          '${TP_NONE}', 'x$1y']:
    print(repr(p), repr(posixpath.expandvars(p)))
print(posixpath.expandvars(b'$TP_VAR/b'))
os.environ['HOME'] = '/'
print(posixpath.expanduser('~/z'), posixpath.expanduser('~'))
del os.environ['HOME']
print(posixpath.expanduser('~/z') in ('~/z',) or posixpath.expanduser('~/z').endswith('/z'))

print('-- abspath')
cwd = os.getcwd()
print(posixpath.abspath('a/../b') == posixpath.join(cwd, 'b'), posixpath.abspath('/x/./y/'),
      posixpath.abspath(b'/q//r'))
print(posixpath.sep, posixpath.curdir, posixpath.pardir, posixpath.extsep, posixpath.pathsep,
      posixpath.defpath, posixpath.altsep, posixpath.devnull)
