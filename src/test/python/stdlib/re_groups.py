# Group captures through repeats, alternations, assertions and conditionals (CPython's results).
import re
tests = [
 (r'(a)(?:(?=(b)*)c)*', 'abb'), (r'(a)((?!(b)*))*', 'abb'), (r'(?:(a)|b)*', 'ab'), (r'(a|b)*?c', 'abc'),
 (r'(?:a(?P<x>b)?)+', 'aba'), (r'(a)?(?(1)b|c)+', 'ccc'), (r'(x)?(?(1)a|b)', 'xa'), (r'^(?:(a)|c)((?(1)b|d))$', 'cd'),
 (r'(?:(x)|y)+', 'xy'), (r'((x)|y)+', 'xy'), (r'(a*)+', 'aab'), (r'(a*)*', 'aab'), (r'(a*?)+', 'aa'), (r'(a|b)*', 'ab'),
 (r'((a)|(b))*', 'ab'), (r'(?:(a)|(b))+?$', 'ab'), (r'(a)(?:b|(c))*', 'abcb'), (r'(?:(?:(a)|b)c)+', 'acbc'),
 (r'(\w)(?=(\w))', 'ab'), (r'(?=(a))?', 'a'), (r'(?:(?=(a)))*b', 'ab'), (r'(?!(a)b)a', 'ac'), (r'((?<=(a))b)+', 'abab'),
 (r'(a)?b\1', 'b'), (r'(a)?(?(1)\1|x)', 'aa'), (r'(?:(a)|b)\1', 'bb'), (r'(?P<a>x)(?P<b>y)?(?(b)z|w)', 'xw'),
 (r'(.)*?(?=(.))', 'ab'), (r'(?>(a)|b)*c', 'abc'), (r'(?:(a)++|b)+c', 'abc'), (r'(a){0}b', 'ab'), (r'(?:(a)|b){2}', 'ab'),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(pat, s, m and (m.span(), m.groups(), m.lastindex))
