"""Seeded random cases for csv, urllib.parse, shlex, difflib, pprint, reprlib and html."""
import random, csv, io, shlex, difflib, pprint, reprlib, html
from urllib.parse import urljoin, urlsplit, urlparse, quote, unquote, parse_qsl, urlencode, quote_plus, unquote_plus
R = random.Random(1234)
def rs(alpha, n): return ''.join(R.choice(alpha) for _ in range(R.randint(0, n)))
def run(label, f):
    try: r = f()
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r)[:300])
UA = 'ab/:?#@;=&.%+[]-_ 12\tAé'
for k in range(100):
    u = rs(UA, 20); b = 'http://h/a/b/c' if k % 2 else rs(UA, 15)
    run('join', lambda: urljoin(b, u)); run('split', lambda: tuple(urlsplit(u)))
    run('parse', lambda: tuple(urlparse(u))); run('q', lambda: (quote(u), quote_plus(u), unquote(u), unquote_plus(u)))
    run('qsl', lambda: parse_qsl(u, keep_blank_values=k % 3 == 0))
    run('hp', lambda: (urlsplit(u).hostname, urlsplit(u).port, urlsplit(u).username, urlsplit(u).password))
SA = 'ab \\\'"#;|&()\n\t'
for k in range(100):
    s = rs(SA, 15)
    run('shsplit', lambda: shlex.split(s)); run('shsplit2', lambda: shlex.split(s, comments=True, posix=False))
    run('shlex', lambda: list(shlex.shlex(s, punctuation_chars=True)))
    run('quote', lambda: shlex.quote(s))
CA = 'ab,"\r\n \\;\''
for k in range(140):
    lines = [rs(CA, 12) for _ in range(R.randint(1, 3))]
    kw = R.choice([{}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'}, {'skipinitialspace': True}, {'strict': True}, {'delimiter': ';', 'quotechar': "'"}, {'quoting': csv.QUOTE_NOTNULL}])
    run('csvr', lambda: list(csv.reader(lines, **kw)))
    row = [rs(CA, 6) for _ in range(R.randint(1, 4))]
    for q in range(6):
        def w():
            s = io.StringIO(); csv.writer(s, quoting=q, **{k2: v for k2, v in kw.items() if k2 != 'quoting'}).writerow(row); return s.getvalue()
        run('csvw%d' % q, w)
DA = 'abcd \n'
for k in range(70):
    a = [rs(DA, 6) + '\n' for _ in range(R.randint(0, 6))]; b = [x if R.random() < 0.6 else rs(DA, 6) + '\n' for x in a] + [rs(DA, 5) for _ in range(R.randint(0, 2))]
    run('ndiff', lambda: list(difflib.ndiff(a, b))); run('udiff', lambda: list(difflib.unified_diff(a, b, n=R.randint(0, 3))))
    run('cdiff', lambda: list(difflib.context_diff(a, b, n=1)))
    x = rs('abcdxyz ', 30); y = rs('abcdxyz ', 30)
    sm = difflib.SequenceMatcher(lambda c: c == ' ', x, y); run('sm', lambda: (sm.ratio(), sm.quick_ratio(), sm.get_opcodes()))
    run('close', lambda: difflib.get_close_matches(x[:5], [y[:5], x[:4], y[2:8], 'abc']))
def rv(d):
    t = R.randint(0, 9 if d < 3 else 4)
    if t == 0: return R.randint(-10**R.randint(1, 25), 10**R.randint(1, 25))
    if t == 1: return rs('ab cd\n\'"', 40)
    if t == 2: return R.random() * 100
    if t == 3: return None
    if t == 4: return rs('xyz', 8).encode()
    if t == 5: return [rv(d + 1) for _ in range(R.randint(0, 6))]
    if t == 6: return tuple(rv(d + 1) for _ in range(R.randint(0, 4)))
    if t == 7: return {rs('kxy', 5): rv(d + 1) for _ in range(R.randint(0, 5))}
    if t == 8: return set(R.randint(0, 50) for _ in range(R.randint(0, 8)))
    return frozenset(R.randint(0, 50) for _ in range(R.randint(0, 5)))
for k in range(70):
    v = rv(0)
    for w in (20, 50, 80):
        run('pf', lambda: pprint.pformat(v, width=w, compact=k % 2 == 0, depth=None if k % 3 else 3, indent=1 + k % 3))
    run('rl', lambda: reprlib.repr(v)); run('sr', lambda: (pprint.saferepr(v), pprint.isreadable(v)))
HA = 'a&#;x3Bampltgt9 <>"\''
for k in range(100):
    s = rs(HA, 20); run('unesc', lambda: html.unescape(s)); run('esc', lambda: html.escape(s))
