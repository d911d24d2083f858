# fnmatch and glob: translation to regular expressions, matching, and globbing a private tree.
import fnmatch
import glob
import os
import tempfile

print('-- fnmatch.translate')
for p in ['*.txt', 'a*b*c', '?x[!a-c]', '[]]', '[!]]', '[a-', '**', 'a**b', '[z-a]', 'x[a-c-e]y', '[\\]',
          '*a*', '[[]', '[a&&b]', '[~-]', '*?*', '[!]', 'a.b', '*a*b*', '[!a-]', '[a-b-c-d]', '[--z]', '[^x]',
          '', '(x)|{y}', '[a-z0-9_]']:
    print(repr(p), repr(fnmatch.translate(p)))

print('-- matching')
names = ['a.txt', 'b.py', '.hidden', 'abc', 'aXbYc', 'x]', '-', 'ab', 'A.TXT', 'a\nb']
for p in ['*.txt', 'a*', '?b*', '[ab]*', '[!a]*', '*[]]', '[--z]', 'a*b*c', '*', 'a?b', '*.[tT][xX][tT]']:
    print(p, fnmatch.filter(names, p), fnmatch.fnmatch('a.txt', p), fnmatch.fnmatchcase('A.TXT', p))
print(fnmatch.filter([b'x.py', b'y.c'], b'*.py'), fnmatch.fnmatchcase(b'ab', b'a?'))
print(fnmatch.fnmatch('long' * 20 + 'x', '*a*b*c*d*e*f*g*'))

print('-- glob.translate and escape')
for p in ['*.txt', 'a/*/b', '**/*.py', 'x/**', '?b', 'a[bc]/d*e*f', '.*', 'a/**/b/**', '*']:
    print(p, glob.translate(p), glob.translate(p, recursive=True),
          glob.translate(p, recursive=True, include_hidden=True))
print(glob.escape('a*b?[c].txt'), glob.escape(b'x*'), glob.escape('plain'))

print('-- globbing')
base = tempfile.mkdtemp(prefix='taipan-glob-')
home = os.getcwd()
os.chdir(base)
for d in ['src/sub/deep', 'docs', '.cache']:
    os.makedirs(d)
for f in ['src/a.txt', 'src/sub/b.py', 'src/sub/deep/c.py', 'src/.hidden', 'docs/r[1].md', 'top.py',
          '.cache/x.py']:
    with open(f, 'w') as fh:
        fh.write(f)
print(sorted(glob.glob('*')), sorted(glob.glob('*', include_hidden=True)))
print(sorted(glob.glob('src/*')), sorted(glob.glob('src/*', include_hidden=True)), sorted(glob.glob('src/.*')))
print(sorted(glob.glob('**/*.py', recursive=True)), sorted(glob.glob('**/*.py')))
print(sorted(glob.glob('**', recursive=True)))
print(sorted(glob.glob('**/', recursive=True)), sorted(glob.glob('src/**', recursive=True)))
print(sorted(glob.glob('**/*.py', recursive=True, include_hidden=True)))
print(sorted(glob.glob('src/*/*.py')), sorted(glob.glob('*/')), sorted(glob.glob('s?c/[ab].*')))
print(glob.glob('docs/r[1].md'), glob.glob(glob.escape('docs/r[1].md')), glob.glob('nope/*'), glob.glob('top.py'),
      glob.glob('nope.py'), glob.glob('docs/'), glob.glob(''))
print(sorted(glob.glob('*.py', root_dir='src/sub')), sorted(glob.glob('**', root_dir='src', recursive=True)))
print(sorted(glob.iglob('src/**/*.py', recursive=True)), type(glob.iglob('*')).__name__ != 'list')
print(sorted(glob.glob(b'src/*')), sorted(glob.glob(os.path.join(base, 'src', '*.txt'))) == [os.path.join(base, 'src', 'a.txt')])
os.chdir(home)
import shutil
shutil.rmtree(base)
