# hashlib: constructors, hash objects, names and sizes, pbkdf2_hmac.
import hashlib
h=hashlib.md5(b'a'); print(type(h), h.name, h.digest_size, h.block_size, type(hashlib.sha3_256()), hashlib.sha3_256().name, hashlib.new('SHA256').name, hashlib.new('sha512_256').name, hashlib.new('sha512_224').block_size)
print(sorted(hashlib.algorithms_guaranteed - {'blake2b', 'blake2s', 'shake_128', 'shake_256'}))
for f in [lambda: h.update('x'), lambda: h.update(1), lambda: hashlib.new('foo'), lambda: hashlib.new(1), lambda: hashlib.md5('x'), lambda: hashlib.sha256(data=b'x').hexdigest(), lambda: hashlib.sha256(string=b'x').hexdigest(), lambda: hashlib.new('md5', b'x', usedforsecurity=False).hexdigest(), lambda: hashlib.new(name='md5', data=b'x').hexdigest(), lambda: hashlib.new('MD5').name, lambda: hashlib.sha1(memoryview(b'ab')).hexdigest(), lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10).hex(), lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10, 8).hex(), lambda: hashlib.pbkdf2_hmac('sha512', b'', b'salt'*50, 3, 100).hex(),lambda: hashlib.pbkdf2_hmac('sha1', b'x'*100, b'', 2).hex(), lambda: hashlib.sha256(b'x').copy().hexdigest()]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
for n in sorted(hashlib.algorithms_available & {'md5','sha1','sha224','sha256','sha384','sha512','sha3_224','sha3_256','sha3_384','sha3_512','sha512_224','sha512_256'}):
    h = hashlib.new(n); h.update(b'abc'); c = h.copy(); h.update(b'def'); print(n, h.hexdigest(), c.hexdigest(), len(h.digest()), h.digest_size, h.block_size)
