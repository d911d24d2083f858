import shlex
cases = ['a b  c', 'a "b c" d', "a 'b c' d", 'a\\ b', '"a\\"b"', "'a\\'b", 'a#b # c', 'x=1 y="2 3"', '"unterminated', 'esc\\',
  'a"b"c', "'' \"\"", 'ls -l /tmp | grep x > out; echo $HOME', 'foo(bar)', 'a&&b||c', '"a\\\\b\\$c"', 'é ü', '\\"x\\"', 'a\tb\nc']
for c in cases:
    for posix in (True, False):
        try: print(repr(c), posix, shlex.split(c, posix=posix))
        except ValueError as e: print(repr(c), posix, 'ValueError', e)
    try: print(' comments', shlex.split(c, comments=True))
    except ValueError as e: print(' ValueError', e)
    for pc in (False, True):
        for posix in (False, True):
            try: print(' lex', pc, posix, list(shlex.shlex(c, posix=posix, punctuation_chars=pc)))
            except ValueError as e: print(' lex', pc, posix, 'ValueError', e)
    try:
        lx = shlex.shlex(c, posix=True, punctuation_chars=True); lx.whitespace_split = True; print(' ws', list(lx))
    except ValueError as e: print(' ws ValueError', e)
for s in ['', 'abc', 'a b', "it's", 'x;y', '@%+=:,./-_', 'é', '$HOME', 'a\nb']:
    print(repr(shlex.quote(s)))
print(shlex.join(['ls', 'a b', "c'd", '']))
try: shlex.split(None)
except ValueError as e: print('ValueError', e)
lx = shlex.shlex('a b\nc d # x\ne', infile='f.txt')
print(lx.get_token(), lx.lineno); lx.push_token('z'); print(lx.get_token(), lx.get_token(), lx.get_token(), lx.lineno, lx.error_leader())
print(list(lx), repr(lx.get_token()), lx.eof == '')
lx = shlex.shlex('one two', posix=True); print(lx.read_token(), lx.get_token(), lx.get_token(), lx.get_token())
lx = shlex.shlex('a:b:c'); lx.wordchars += ':'; print(list(lx))
lx = shlex.shlex('a,b;c', punctuation_chars=',;'); print(list(lx), lx.punctuation_chars)
lx = shlex.shlex('x'); lx.push_source('p q'); print(list(lx))
print(shlex.__all__)
