from array import array
import array as am, warnings
warnings.simplefilter('ignore')
print(am.typecodes, am.ArrayType is array, array.__module__, type(array('i')).__name__)
for tc in am.typecodes:
    a = array(tc)
    print(tc, a.itemsize, repr(a))
    for v in [-1, 2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63-1, 1.5, 'a', 'ab', None, True]:
        try: a.append(v); r = repr(a[-1])
        except Exception as e: r = type(e).__name__ + ': ' + str(e)
        print('  ', repr(v)[:12], r)
for args in [(), ('x',), ('ii',), (1,), ('i', 'abc'), ('u', [1]), ('u', 'abc'), ('b', b'\x01\x02'), ('i', b'\x01\x02\x03\x04'), ('i', b'\x01'), ('d', [1, 2.5]), ('i', [1.0]), ('i', array('d', [1.0])), ('d', array('i', [1, 2])), ('u', array('u', 'xy')), ('w', 'xy'), ('b', bytearray(b'ab')), ('i', 5)]:
    try: print(args, repr(array(*args)))
    except Exception as e: print(args, type(e).__name__, e)
a = array('i', [1, 2, 3, 4, 5])
for op in ['a[1]', 'a[-1]', 'a[5]', 'a[1:3]', 'a[::2]', 'a["x"]', 'a.index(3)', 'a.index(9)', 'a.count(2)', 'a.pop()', 'a.pop(0)', 'a.pop(10)', 'array("i").pop()', 'a.remove(9)', 'a.tolist()', 'a.tobytes()', 'a.buffer_info()[1]', 'a + array("d")', 'a + [1]', 'a * 2', '2 * a', 'a * -1',
           'a == array("i", [2,3,4])', 'a == array("d", [2.0,3.0,4.0])', 'a < array("i", [3])', 'a == [2,3,4]', '3 in a', '3.0 in a', 'len(a)', 'list(reversed(a))', 'a.index(3, 2)', 'a.index(3, 0, 1)', 'a.typecode', 'array("u", "hi").tounicode()', 'a.tounicode()', 'array("d", [1.5]).tobytes()',
           'array("f", [0.1])[0]', 'a.__copy__()', 'array("b", [1,2]) + array("B", [1])', 'a.fromunicode("x")', 'array("u").fromunicode(5)', 'str(array("u", "ab"))', 'array("q", [-5]) == array("Q", [1])', 'sorted(array("h", [3, 1, 2]))', 'array("i", range(3)) >= array("i", range(3))']:
    try: print(op, '->', repr(eval(op)))
    except Exception as e: print(op, '->', type(e).__name__, e)
a = array('i', range(10))
a[2:5] = array('i', [7]); print(a)
a[::3] = array('i', [0, 0, 0]); print(a)
try: a[::3] = array('i', [1])
except Exception as e: print(type(e).__name__, e)
try: a[0:2] = [1, 2]
except Exception as e: print(type(e).__name__, e)
try: a[0:2] = array('d', [1.0])
except Exception as e: print(type(e).__name__, e)
del a[1]; del a[::2]; print(a)
a[0] = 99; a[-1] = -1; print(a)
try: a[100] = 1
except Exception as e: print(type(e).__name__, e)
try: a[0] = 'x'
except Exception as e: print(type(e).__name__, e)
a.insert(0, 5); a.insert(100, 6); a.insert(-100, 7); print(a)
a.extend([1, 2]); a.extend(array('i', [3])); a.extend(iter([4])); print(a)
try: a.extend(array('d', [1.0]))
except Exception as e: print(type(e).__name__, e)
a.reverse(); print(a); a.remove(5); print(a)
b = array('h', [1, 256]); b.byteswap(); print(b)
b.frombytes(b'\x01\x00'); print(b)
try: b.frombytes(b'\x01')
except Exception as e: print(type(e).__name__, e)
b.fromlist([3, 4]); print(b)
try: b.fromlist([5, 'x'])
except Exception as e: print(type(e).__name__, e)
print(b)
try: b.fromlist((1,))
except Exception as e: print(type(e).__name__, e)
a += array('i', [8]); a *= 2; print(a)
try: a += [1]
except Exception as e: print(type(e).__name__, e)
print(array('d', [1e300, -0.0, float('inf'), float('nan')]), array('f', [1e300]), array('u', 'a\nb'), array('w', 'é'))
print(array('Q', [2**64-1]), array('L', [2**64-1]), array('q', [-2**63]))
