import difflib
from difflib import SequenceMatcher
s = SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_matching_blocks(), s.get_opcodes(), s.find_longest_match(0, 5, 0, 4))
s = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks(), s.get_opcodes())
for a, b in [('', ''), ('abc', ''), ('', 'abc'), ('qabxcd', 'abycdf'), ('a' * 300 + 'b', 'a' * 299 + 'bb'), (list(range(10)), [0, 2, 4, 6, 8, 10]), ('the quick brown fox', 'the quack brown box'), (' abcd', 'abcd abcd')]:
    s = SequenceMatcher(None, a, b)
    print(round(s.ratio(), 4), s.get_matching_blocks()[:6], s.get_opcodes()[:6], len(s.bpopular), s.find_longest_match())
    s2 = SequenceMatcher(None, a, b, autojunk=False); print(' ', s2.get_opcodes()[:6])
print(SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(None, list(map(str, range(1, 40))), list(map(str, range(1, 40))))
print(list(s.get_grouped_opcodes()))
a = list(map(str, range(1, 40))); b = a[:]; b[8:8] = ['i']; b[20] += 'x'; b[23:28] = []; b[30] = 'y'
print(list(SequenceMatcher(None, a, b).get_grouped_opcodes(2)))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'wheels', 'wheel'], n=2), difflib.get_close_matches('x', ['y'], cutoff=0.0))
for kw in [dict(n=0), dict(cutoff=2)]:
    try: difflib.get_close_matches('a', ['b'], **kw)
    except ValueError as e: print('ValueError', e)
t1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
t2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ(); result = list(d.compare(t1, t2)); print(''.join(result), end='')
diff = list(difflib.ndiff(t1, t2)); print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)) == ''.join(t1), ''.join(difflib.restore(diff, 2)) == ''.join(t2))
try: list(difflib.restore(diff, 3))
except ValueError as e: print('ValueError', e)
print(list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])))
print(list(difflib.ndiff(['a\tb c\n'], ['a\tbx c\n'])), list(difflib.ndiff(['abc\n', 'xyz\n'], ['xyz\n', 'abc\n'])))
print(list(difflib.ndiff(['same\n', 'x\n'], ['y\n', 'same\n', 'z\n'])))
a = ['line %d\n' % i for i in range(20)]; b = a[:]; b[3] = 'changed 3\n'; del b[10]; b.insert(15, 'new\n'); b.append('tail\n')
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', '2024-01-01', '2024-01-02')), end='')
print(''.join(difflib.unified_diff(a, b, n=1)), end='')
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.context_diff(a, b, n=0)), end='')
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')), list(difflib.unified_diff([], [])), list(difflib.unified_diff([], ['x\n'])), list(difflib.context_diff(['x\n'], [])))
print(list(difflib.unified_diff('one two'.split(), 'one three'.split(), lineterm='')))
for bad in [lambda: list(difflib.unified_diff([1], ['a'])), lambda: list(difflib.unified_diff(['a'], ['b'], fromfile=1)), lambda: list(difflib.context_diff(['a'], [b'b']))]:
    try: bad()
    except TypeError as e: print('TypeError', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\xff\n'], [b'a\n', b'c\n'], b'f1', b'f2')))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size, SequenceMatcher[int])
s = SequenceMatcher(None, 'abcd', 'bcde'); s.set_seq1('xbcd'); print(s.get_opcodes()); s.set_seq2('xbcx'); print(s.get_opcodes()); s.set_seqs('a', 'a'); print(s.ratio())
words = 'aaa bbb ccc ddd eee fff'.split()
print(list(difflib.ndiff(words, ['aaa', 'bxb', 'ccc', 'dd', 'eeee', 'zzz'])))
