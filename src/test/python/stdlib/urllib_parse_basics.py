from urllib.parse import *
import urllib.parse as up
urls = ['http://user:pw@www.Example.com:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x', 'ftp://ftp.x.org/pub',
  'mailto:someone@example.com', '//host/path', 'path/only?x', 'file:///etc/passwd', 'http://h/p;a;b', '  http://a\tb\n/c',
  'HTTP://X.COM', 'svn+ssh://host/repo', 'a:b', '1http://x', 'http://h:abc/', 'http://h:99999/', 'http://h:/', 'http://[fe80::1%25eth0]/',
  'http://u@h', 'http://:p@h', '', 'http:', 'tel:+1-800;ext=1', 'http://h?q#f?g', 'http://h#f']
for u in urls:
    for fn in (urlparse, urlsplit):
        r = fn(u)
        print(repr(r))
        print(' ', repr(r.geturl()), r.username, r.password, r.hostname, end=' ')
        try: print(r.port)
        except ValueError as e: print('ValueError', e)
for bad in ['http://[zz]/', 'http://[::1::2]/', 'http://[v1.x]/', 'http://[vz]/', 'http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://a[::1]/']:
    try: print(urlsplit(bad))
    except ValueError as e: print('ValueError', e)
print(urlsplit('http://h/p#f', allow_fragments=False))
print(urlparse('p', scheme='https'))
print(urlparse(b'http://h/p?q'), urlsplit(b'http://u:p@h:80/').port, urlsplit(b'http://u:p@h:80/').hostname)
print(urlparse('http://h/p').encode(), urlparse(b'http://h').decode())
try: urljoin('http://a', b'b')
except TypeError as e: print('TypeError', e)
print(urlunsplit(('http','','a','','')), urlunsplit(('http','','/a','','')), urlunsplit(('','','//a','','')), urlunsplit(('file','','/a','','')), urlunsplit(('file','','','','')), urlunsplit(('mailto','','x@y','','')))
print(urlunparse(('http', 'h', 'p', 'a', 'q', 'f')), urlunparse(['', '', 'p', '', '', '']), urlunparse((b'http', b'h', b'/p', b'', b'', b'')))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'https:g', 'a//b', '//', 'mailto:x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin('http://a/b/', 'c', allow_fragments=False), urljoin(b'http://a/b/', b'../c'))
print(urljoin('http://a', 'b'), urljoin('http://a/', '../../b'), urljoin('svn://a/b/c', 'd'), urljoin('foo:a/b', 'c'))
print(urldefrag('http://h/p?q#f'), urldefrag('http://h/p'), urldefrag(b'a#b'), urldefrag('http://h/p#f').geturl())
for s in ['abc def/ghi', 'a&b=c+d', 'ü€', '~_.-', '', 'x/y', '%41']:
    print(repr(quote(s)), repr(quote(s, safe='')), repr(quote_plus(s)), repr(quote_plus(s, safe='/')))
print(quote(b'a b\xff'), quote('é', encoding='latin-1'), quote('é', encoding='ascii', errors='replace'), quote_from_bytes(b'/a b'), quote('a b', safe=b' '))
for bad in [lambda: quote(b'a', encoding='x'), lambda: quote(b'a', errors='x'), lambda: quote_from_bytes('a'), lambda: quote(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
for s in ['abc%20def', '%', '%4', '%zz', '%41%42', '%C3%A9t%C3%A9', '%E2%82', 'a+b', 'ü%20', '%e9']:
    print(repr(unquote(s)), repr(unquote_plus(s)), repr(unquote_to_bytes(s)), repr(unquote(s, encoding='latin-1')))
print(unquote(b'a%20b'), unquote_to_bytes(b'%ff'), unquote(''), unquote_to_bytes(''))
try: unquote(None)
except Exception as e: print(type(e).__name__, e)
print(urlencode({'a': 1, 'b': 'x y', 'c': [1, 2], 'd': b'\xff', 'e': 'é'}))
print(urlencode({'a': 1, 'b': 'x y', 'c': [1, 2], 'd': 'ab', 'e': ()}, doseq=True))
print(urlencode([('a', '/'), ('b', 'c d')], safe='/'), urlencode([('a', 'c d')], quote_via=quote), urlencode([]), urlencode({}))
for bad in ['ab', [1, 2], 5]:
    try: print(urlencode(bad))
    except TypeError as e: print('TypeError', e)
for qs in ['a=1&b=2&a=3', 'a=1&&b=', 'a&b=1', 'x=%20y+z&y=%C3%A9', '', 'a=1;b=2', '=v&k=']:
    print(repr(qs), parse_qs(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'a=1&b=%20+'), parse_qs(b'a=1&a=2'))
for kw in [dict(strict_parsing=True), dict(max_num_fields=1), dict(separator=''), dict(separator=1)]:
    try: print(parse_qsl('a=1&b', **kw))
    except ValueError as e: print('ValueError', e)
print(up.unwrap('<URL:http://x/>'), up.__all__)
r = urlsplit('http://h/p'); print(r._replace(scheme='https').geturl(), r._fields, r[0], tuple(r), isinstance(r, tuple))
print(SplitResult('a','b','c','d','e'), ParseResult(*'abcdef').geturl())
