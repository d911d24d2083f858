# pathlib's concrete paths on a private temporary directory.
import os
import tempfile
from pathlib import Path, PosixPath, WindowsPath

base = Path(tempfile.mkdtemp(prefix='taipan-pathlib-'))
home = os.getcwd()
os.chdir(base)


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(Path.cwd() == base.resolve(), Path('.').absolute() == Path.cwd(), Path('x').absolute() == base.resolve() / 'x')
print(Path('a/b').absolute().relative_to(Path.cwd()), Path('a/../b').resolve() == Path.cwd() / 'b')

print('-- create and read')
Path('d/e').mkdir(parents=True)
Path('d/e').mkdir(parents=True, exist_ok=True)
show(lambda: Path('d').mkdir())
show(lambda: Path('q/r').mkdir())
print(Path('d/t.txt').write_text('line1\nline2\n'), Path('d/t.txt').read_text(),
      Path('d/b.bin').write_bytes(b'\x00\x01'), Path('d/b.bin').read_bytes())
show(lambda: Path('d/t.txt').write_text(b'x'))
show(lambda: Path('d/t.txt').write_bytes('x'))
show(lambda: Path('missing').read_text())
print(Path('d/u.txt').write_text('é', encoding='latin-1'), Path('d/u.txt').read_bytes(),
      Path('d/u.txt').read_text(encoding='latin-1'))
with Path('d/t.txt').open() as f:
    print(f.readline().rstrip(), f.read().rstrip())
with Path('d/t.txt').open('a') as f:
    f.write('line3\n')
print(Path('d/t.txt').read_text().splitlines())
Path('d/empty').touch()
Path('d/empty').touch()
show(lambda: Path('d/empty').touch(exist_ok=False))
print(Path('d/empty').stat().st_size, Path('d/empty').exists(), Path('d/nope').exists())

print('-- queries')
for name in ['d', 'd/t.txt', 'd/nope', 'd/e']:
    p = Path(name)
    print(name, p.exists(), p.is_dir(), p.is_file(), p.is_symlink(), p.is_mount(), p.is_junction(),
          p.is_fifo(), p.is_socket(), p.is_block_device(), p.is_char_device())
Path('d/link').symlink_to('t.txt')
print(Path('d/link').is_symlink(), Path('d/link').is_file(), Path('d/link').readlink(),
      Path('d/link').resolve() == (Path.cwd() / 'd/t.txt'), Path('d/link').samefile('d/t.txt'),
      Path('d/link').exists(follow_symlinks=False), Path('d/link').lstat().st_size != Path('d/link').stat().st_size)
Path('d/hard').hardlink_to('d/t.txt')
print(Path('d/hard').stat().st_nlink)

print('-- listing and globbing')
print(sorted(Path('d').iterdir()), sorted(p.name for p in Path('.').iterdir()))
show(lambda: list(Path('d/t.txt').iterdir()))
Path('d/e/deep.py').write_text('')
Path('d/.hid.py').write_text('')
print(sorted(Path('.').glob('*')), sorted(Path('d').glob('*.py')))
print(sorted(Path('.').glob('**/*.py')), sorted(Path('d').rglob('*.py')))
print(sorted(Path('.').glob('**')), sorted(Path('.').glob('**/')))
print(sorted(Path('d').glob('E/*', case_sensitive=False)), sorted(Path('d').glob('[et]*')),
      sorted(Path('.').glob('d/../d/e/*')), sorted(Path('d').glob('nope/*')))
show(lambda: list(Path('.').glob('')))
show(lambda: list(Path('.').glob('/abs')))
for root, dirs, files in Path('.').walk():
    print(root, sorted(dirs), sorted(files))
print([str(r) for r, d, f in Path('d').walk(top_down=False)])

print('-- rename, replace, unlink, rmdir, chmod')
print(Path('d/b.bin').rename('d/c.bin'), Path('d/c.bin').replace('d/u.txt'), sorted(Path('d').iterdir()))
Path('d/u.txt').chmod(0o600)
print(oct(Path('d/u.txt').stat().st_mode & 0o777))
Path('d/u.txt').unlink()
Path('d/u.txt').unlink(missing_ok=True)
show(lambda: Path('d/u.txt').unlink())
show(lambda: Path('d').rmdir())
Path('d/e/deep.py').unlink()
Path('d/e').rmdir()
print(Path('d/e').exists())
show(lambda: WindowsPath('x'))
print(Path('~').expanduser() == Path.home(), Path('x').expanduser(), type(Path.home()).__name__)
print(Path.from_uri('file:///a/b%20c'), Path('/x/y').as_uri())

os.chdir(home)
import shutil
shutil.rmtree(base)
print(base.exists())
