# struct: error types and messages.
import struct

cases = [
    lambda: struct.pack('h', 70000), lambda: struct.pack('<h', 70000), lambda: struct.pack('H', -1),
    lambda: struct.pack('<H', -1), lambda: struct.pack('i', 2**31), lambda: struct.pack('<I', 2**32),
    lambda: struct.pack('q', 2**63), lambda: struct.pack('<Q', -1), lambda: struct.pack('b', 200),
    lambda: struct.pack('B', 256), lambda: struct.pack('l', 2**63), lambda: struct.pack('<l', 2**31),
    lambda: struct.pack('L', -1), lambda: struct.pack('n', 2**63), lambda: struct.pack('N', -1),
    lambda: struct.pack('P', -1), lambda: struct.pack('i', 1.0), lambda: struct.pack('i', '1'),
    lambda: struct.pack('i', None), lambda: struct.pack('c', b'ab'), lambda: struct.pack('c', 'a'),
    lambda: struct.pack('c', bytearray(b'a')), lambda: struct.pack('s', 'a'), lambda: struct.pack('p', 1),
    lambda: struct.pack('s', bytearray(b'ab')), lambda: struct.pack('f', 'x'), lambda: struct.pack('f', 1e300),
    lambda: struct.pack('e', 1e10), lambda: struct.pack('<f', 1e300), lambda: struct.pack('d', 'x'),
    lambda: struct.pack('<e', float('inf')), lambda: struct.pack('<e', 65520.0), lambda: struct.pack('<e', 65519.0),
    lambda: struct.pack('ii', 1), lambda: struct.pack('i', 1, 2), lambda: struct.pack('z'), lambda: struct.pack('3'),
    lambda: struct.pack('2 i', 1, 2), lambda: struct.pack('<n', 1), lambda: struct.pack('<P', 1), lambda: struct.pack('!x'),
    lambda: struct.unpack('i', b'123'), lambda: struct.unpack_from('i', b'12345', 3),
    lambda: struct.unpack_from('i', b'12345', -9), lambda: struct.unpack_from('i', b'12345', -3),
    lambda: struct.pack_into('i', bytearray(5), 3, 1), lambda: struct.pack_into('i', bytearray(5), -9, 1),
    lambda: struct.pack_into('i', bytearray(5), -3, 1), lambda: struct.pack_into('i', b'12345', 0, 1),
    lambda: struct.pack_into('i'), lambda: struct.pack_into('i', bytearray(5)),
    lambda: struct.pack_into('i', bytearray(5), 0), lambda: list(struct.iter_unpack('i', b'12345')),
    lambda: struct.iter_unpack('', b''), lambda: struct.pack(), lambda: struct.unpack('i', 'abcd'),
    lambda: struct.pack(1), lambda: struct.Struct(1), lambda: struct.calcsize('99999999999999999999q'),
    lambda: struct.Struct('i').pack(), lambda: struct.pack('b', 2**100), lambda: struct.pack('<q', 2**100),
    lambda: struct.pack('Q', 2**100), lambda: struct.calcsize('i;'),
]
for i, case in enumerate(cases):
    try:
        print(i, repr(case()))
    except Exception as e:
        print(i, type(e).__name__, e)
print(struct.error.__module__, struct.error.__mro__)
try:
    struct.pack('>h', 99999)
except struct.error as e:
    print("caught", e.args)
