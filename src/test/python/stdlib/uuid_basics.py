import uuid, copy
from uuid import UUID
u = UUID('12345678-1234-5678-1234-567812345678')
for x in [u, UUID('{12345678-1234-5678-1234-567812345678}'), UUID('urn:uuid:12345678123456781234567812345678'), UUID(bytes=b'\x12\x34\x56\x78' * 4),
          UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'), UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
          UUID(int=0x12345678123456781234567812345678), UUID(int=0), UUID(int=2**128 - 1), UUID(int=5, version=4), UUID('00000000-0000-1000-8000-000000000000'),
          UUID(int=(0xc << 124) >> 64 << 64), UUID(int=0xe000 << 48)]:
    print(repr(x), str(x), x.hex, x.urn, x.int)
    print(' ', x.bytes, x.bytes_le, x.fields)
    print(' ', x.time_low, x.time_mid, x.time_hi_version, x.clock_seq_hi_variant, x.clock_seq_low, x.node, x.time, x.clock_seq, x.variant, x.version, x.is_safe)
for kw in [dict(), dict(hex='abc'), dict(hex='z' * 32), dict(bytes=b'x'), dict(bytes_le=b'x'), dict(fields=(1, 2)), dict(int=-1), dict(int=2**128),
           dict(fields=(2**32, 0, 0, 0, 0, 0)), dict(fields=(0, 2**16, 0, 0, 0, 0)), dict(fields=(0, 0, 2**16, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)),
           dict(fields=(0, 0, 0, 0, 256, 0)), dict(fields=(0, 0, 0, 0, 0, 2**48)), dict(int=1, version=0), dict(int=1, version=6), dict(hex='a' * 32, int=1)]:
    try: print(UUID(**kw))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: u.int = 5
except TypeError as e: print('TypeError', e)
a, b = UUID(int=1), UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == UUID(int=1), a != b, a == 1, hash(a) == hash(1), int(b), sorted([b, a]))
try: a < 1
except TypeError as e: print('TypeError', e)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, b'http://x'), uuid.uuid5(uuid.NAMESPACE_OID, '1.2'))
print(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x').version, uuid.uuid3(uuid.NAMESPACE_DNS, '').variant)
u4 = uuid.uuid4(); print(u4.version, u4.variant, len(str(u4)), u4 != uuid.uuid4())
u1 = uuid.uuid1(); u1b = uuid.uuid1(); print(u1.version, u1.variant, u1 != u1b, u1.time <= u1b.time, u1b.node == u1.node, u1.node == uuid.getnode())
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc, uuid.uuid1(clock_seq=0x1234).clock_seq)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(uuid.SafeUUID.safe, repr(uuid.SafeUUID.unknown), list(uuid.SafeUUID), UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe)
print(copy.copy(u) == u, copy.deepcopy(u) == u, u.__getstate__(), UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__())
print({u: 1}[UUID(str(u))], str(u) == f'{u}')
