# binascii: hex, base64 (lenient and strict), CRC-32 and CRC-CCITT.
import binascii

cases = [
    lambda: binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), lambda: binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2),
    lambda: binascii.hexlify(b'\x01\x02\x03\x04\x05', ':', -2), lambda: binascii.hexlify(b'\x01\x02\x03', ':', 5),
    lambda: binascii.hexlify(b'\x01\x02\x03\x04', ':', -3), lambda: binascii.hexlify(b'\x01', '--'),
    lambda: binascii.hexlify(b'', '-'), lambda: binascii.hexlify('ab'), lambda: binascii.hexlify(bytearray(b'ab')),
    lambda: binascii.hexlify(memoryview(b'ab')), lambda: binascii.b2a_hex(b'\xff\x00', sep='x', bytes_per_sep=1),
    lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: binascii.unhexlify('AbCd'),
    lambda: binascii.unhexlify('\xe91'), lambda: binascii.unhexlify(b'01 02'), lambda: binascii.a2b_hex(bytearray(b'ab')),
    lambda: binascii.b2a_base64(b'hello'), lambda: binascii.b2a_base64(b'hello', newline=False),
    lambda: binascii.b2a_base64(b''), lambda: binascii.b2a_base64(b'a'), lambda: binascii.b2a_base64(b'ab'),
    lambda: binascii.b2a_base64('x'), lambda: binascii.a2b_base64('aGVsbG8='), lambda: binascii.a2b_base64('aGVsbG8'),
    lambda: binascii.a2b_base64('aGVsb'), lambda: binascii.a2b_base64('a'), lambda: binascii.a2b_base64('aGV sbG8=\n'),
    lambda: binascii.a2b_base64('aGVsbA==bG8='), lambda: binascii.a2b_base64('aGVsbA=bG8='), lambda: binascii.a2b_base64('aGVsbA'),
    lambda: binascii.a2b_base64(''), lambda: binascii.a2b_base64('ab\x00cd'), lambda: binascii.a2b_base64('YWJj\nZGVm'),
    lambda: binascii.a2b_base64(b'YW=Jj'),
]
for s in ['=aGVs', 'aG=Vs', 'aGVsbA==bG8=', 'aGV sbG8=', 'aGVsbA===', 'aGVsbA=', '=', 'aGVsbA==', 'aGVsbG8=\n',
          'YQ=', 'YQ', 'Y', 'YWJjZ', 'YQ==YQ==', 'YQ==YQ', 'YWJj=ZGVm', 'YQ===', 'YQ=a=', 'YQ=a', 'YQ==\n', 'Y=Q==',
          'YWJj====', 'YQ==Y', 'YQ=\n=']:
    cases.append(lambda s=s: (binascii.a2b_base64(s), 'lenient'))
    cases.append(lambda s=s: binascii.a2b_base64(s, strict_mode=True))
cases += [
    lambda: binascii.crc32(b'hello'), lambda: binascii.crc32(b'hello', 123), lambda: binascii.crc32(b'a', -1),
    lambda: binascii.crc32(b'', 2**32 + 5), lambda: binascii.crc32(b'world', binascii.crc32(b'hello ')),
    lambda: binascii.crc_hqx(b'hello', 0), lambda: binascii.crc_hqx(b'hello', 0xffff), lambda: binascii.crc_hqx(b'a', 2**20),
    lambda: binascii.crc32('x'), lambda: binascii.Error.__mro__, lambda: binascii.Incomplete.__mro__,
]
for i, case in enumerate(cases):
    try:
        print(i, repr(case()))
    except Exception as e:
        print(i, type(e).__name__, e)
