# pathlib's pure paths: parsing, components, operators, derived paths, matching, errors.
from pathlib import PurePath, PurePosixPath, Path, PosixPath


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['', '.', 'a', '/', '//', '///', 'a/b', '/a/b/', 'a//b', 'a/./b', 'a/../b', './a', '//a/b',
          '///a/b', 'a/b.tar.gz', '.bashrc', 'a.', '..', '/..', 'x/...']:
    p = PurePath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor), repr(p.name),
          repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent), p.is_absolute(), p.as_posix())

print('-- construction and operators')
print(PurePath('a', 'b', 'c'), PurePath('a', '/b', 'c'), PurePath(PurePath('x'), 'y'), PurePath())
print(type(PurePath('a')).__name__, type(Path('a')).__name__, isinstance(Path('a'), PurePath))
print(PurePath('a') / 'b' / 'c', 'x' / PurePath('a'), PurePath('a') / PurePath('/abs'),
      PurePath('a').joinpath('b', 'c'))
show(lambda: PurePath(1))
show(lambda: PurePath('a') / 3)
show(lambda: 3 / PurePath('a'))
print(PurePath('a/b') == PurePath('a//b/'), PurePath('a') == PurePosixPath('a'), PurePath('a') == 'a',
      PurePath('A') == PurePath('a'), hash(PurePath('a/b')) == hash(PurePath('a//b')))
print(sorted([PurePath('b'), PurePath('a/b'), PurePath('a-b'), PurePath('/z'), PurePath('a')]))
show(lambda: PurePath('a') < 'b')
print(Path('a') == PurePath('a'), bytes(PurePath('a/é')), str(PurePath('x')), len({PurePath('a'), PurePath('a/')}))

print('-- parents')
p = PurePath('/a/b/c')
print(p.parents, len(p.parents), list(p.parents), p.parents[0], p.parents[-1], p.parents[1:],
      p.parents[::-1])
show(lambda: p.parents[3])
show(lambda: p.parents[-4])
print(list(PurePath('a/b').parents), PurePath('/').parent, PurePath('.').parent, PurePath('a').parent)

print('-- derived paths')
p = PurePath('dir/file.tar.gz')
print(p.with_name('x.py'), p.with_suffix('.bz2'), p.with_suffix(''), p.with_stem('other'),
      PurePath('noext').with_suffix('.txt'), PurePath('a/.hidden').with_suffix('.x'))
for f in [lambda: p.with_name(''), lambda: p.with_name('x/y'), lambda: p.with_name('.'),
          lambda: PurePath('/').with_name('x'), lambda: PurePath('').with_suffix('.x'),
          lambda: p.with_suffix('gz'), lambda: p.with_suffix('.'), lambda: p.with_suffix('.a/b'),
          lambda: p.with_stem('')]:
    show(f)

print('-- relative_to, is_relative_to')
print(PurePath('/a/b/c').relative_to('/a'), PurePath('/a/b').relative_to('/a/b'),
      PurePath('a/b').relative_to('a'), PurePath('/a/x').relative_to('/a/b/c', walk_up=True),
      PurePath('a').relative_to('b', walk_up=True))
show(lambda: PurePath('a').relative_to('b'))
show(lambda: PurePath('/a').relative_to('b'))
show(lambda: PurePath('/a').relative_to('b', walk_up=True))
show(lambda: PurePath('a').relative_to('../b', walk_up=True))
print(PurePath('/a/b').is_relative_to('/a'), PurePath('/a/b').is_relative_to('/c'),
      PurePath('a').is_relative_to(''), PurePath('a/b').is_relative_to('a/b'))

print('-- match, full_match')
for path, pattern in [('a/b.py', '*.py'), ('a/b.py', 'a/*.py'), ('a/b.py', '/*.py'), ('/a/b.py', '/a/*.py'),
                      ('a/b.py', 'b/*.py'), ('a/b.PY', '*.py'), ('a/b/c.py', 'a/*.py'), ('a/b/c.py', '**/*.py'),
                      ('b.py', 'a/b.py'), ('x/.h', '*'), ('a/b', '[ab]/[!c]')]:
    print(path, pattern, PurePath(path).match(pattern), PurePath(path).full_match(pattern))
print(PurePath('a/b.PY').match('*.py', case_sensitive=False), PurePath('a/b/c.py').full_match('a/**'),
      PurePath('a/b/c.py').full_match('a/*'), PurePath('a').full_match('**'))
show(lambda: PurePath('a').match(''))

print('-- uri and misc')
print(PurePath('/a b/c%d').as_uri(), PurePath('/').as_uri(), PurePath('//h/x').as_uri())
show(lambda: PurePath('a').as_uri())
print(PurePosixPath('a/b').__fspath__(), PurePath('a').__reduce__())
