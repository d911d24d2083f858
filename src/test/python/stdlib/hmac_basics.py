# hmac: keyed digests over hashlib, copies, one-shot digest() and compare_digest().
import hmac, hashlib
h = hmac.new(b"key", b"The quick brown fox", hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
c = h.copy(); c.update(b"!")
print(h.hexdigest() != c.hexdigest(), hmac.new(b"key", b"The quick brown fox!", "sha256").hexdigest() == c.hexdigest())
print(hmac.digest(b"k" * 200, b"msg", "sha512").hex()[:32], hmac.new(bytearray(b""), digestmod="md5").hexdigest())
print(hmac.new(b"key", digestmod=hashlib.sha3_256).hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"a", bytearray(b"ab")))
for f in [lambda: hmac.new("key", b"x", "md5"), lambda: hmac.new(b"key", b"x"), lambda: hmac.compare_digest("a", b"a"), lambda: hmac.compare_digest("é", "é"), lambda: hmac.new(b"k", "str", "md5")]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
for f in [lambda: hmac.compare_digest(b"a", "a"), lambda: hmac.compare_digest(1, 2), lambda: hmac.compare_digest(1, b"x")]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
