"""Base16, Base32, Base64, Base85 and Ascii85 data encodings (RFC 4648 and friends)."""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode', 'z85encode', 'z85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _to_bytes(s):
    """The bytes of decoder input: an ASCII str or any bytes-like object."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, "
                        "not %r" % s.__class__.__name__) from None


# ---- Base64 ---------------------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _to_bytes(s)
    if altchars is not None:
        altchars = _to_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet."""
    return b64decode(s)


_to_urlsafe = bytes.maketrans(b'+/', b'-_')
_from_urlsafe = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet."""
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet."""
    return b64decode(_to_bytes(s).translate(_from_urlsafe))


# ---- Base32 ---------------------------------------------------------------------------------

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Characters kept from the last 8-character group, by the number of '=' that pad it.
_B32_KEEP = {0: 8, 1: 7, 3: 5, 4: 4, 6: 2}
_B32_BYTES = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32_encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    out = bytearray()
    whole = len(s) - len(s) % 5
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        group = bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        if i >= whole:
            used = {1: 2, 2: 4, 3: 5, 4: 7}[len(chunk)]
            group = group[:used] + b'=' * (8 - used)
        out += group
    return bytes(out)


def _b32_decode(alphabet, s, casefold=False, map01=None):
    s = _to_bytes(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _to_bytes(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    pads = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        n = 0
        group = stripped[i:i + 8]
        for c in group:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | v
        n <<= 5 * (8 - len(group))
        out += n.to_bytes(5, 'big')
    if pads not in _B32_BYTES:
        raise binascii.Error('Incorrect padding')
    if pads and out:
        del out[len(out) - 5 + _B32_BYTES[pads]:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    return _b32_encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    return _b32_decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s using Base32 with the extended hex alphabet."""
    return _b32_encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode the base32hex encoded bytes-like object or ASCII string s."""
    return _b32_decode(_B32HEX, s, casefold)


# ---- Base16 ---------------------------------------------------------------------------------

def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return binascii.hexlify(s).upper()


_B16_DIGITS = frozenset(b'0123456789ABCDEF')


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _to_bytes(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in _B16_DIGITS:
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Base85 and Ascii85 ---------------------------------------------------------------------

_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
        b'!#$%&()*+-;<=>?@^_`{|}~')
_Z85 = (b'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'.-:+=^!/*?&<>()[]{}@%$#')
_A85 = bytes(range(33, 118))


def _words85(b, alphabet, pad, zero=False, spaces=False):
    """Encodes 4-byte big-endian words as 5 digits each, with the short-cuts Ascii85 allows."""
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    extra = -len(b) % 4
    data = bytes(b) + bytes(extra)
    out = []
    for i in range(0, len(data), 4):
        n = int.from_bytes(data[i:i + 4], 'big')
        if zero and n == 0:
            out.append(b'z')
        elif spaces and n == 0x20202020:
            out.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                n, digits[k] = divmod(n, 85)
            out.append(bytes(alphabet[d] for d in digits))
    if extra and not pad:
        if out[-1] == b'z':
            out[-1] = alphabet[0:1] * 5
        out[-1] = out[-1][:-extra]
    return b''.join(out)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object."""
    return _words85(b, _B85, pad)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    b = _to_bytes(b)
    values = {c: i for i, c in enumerate(_B85)}
    extra = -len(b) % 5
    b = b + b'~' * extra
    out = bytearray()
    for i in range(0, len(b), 5):
        n = 0
        for j in range(i, i + 5):
            v = values.get(b[j])
            if v is None:
                raise ValueError('bad base85 character at position %d' % j)
            n = n * 85 + v
        if n > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += n.to_bytes(4, 'big')
    if extra:
        del out[len(out) - extra:]
    return bytes(out)


def z85encode(s):
    """Encode bytes-like object b in z85 format and return a bytes object."""
    return b85encode(s).translate(bytes.maketrans(_B85, _Z85))


def z85decode(s):
    """Decode the z85-encoded bytes-like object or ASCII string b."""
    s = _to_bytes(s).translate(bytes.maketrans(_Z85, _B85))
    try:
        return b85decode(s)
    except ValueError as e:
        raise ValueError(e.args[0].replace('base85', 'z85')) from None


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object."""
    text = _words85(b, _A85, pad, True, foldspaces)
    if adobe:
        text = b'<~' + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += b'~>'
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b."""
    b = _to_bytes(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b'~>'))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []

    def flush(digits):
        n = 0
        for d in digits:
            n = n * 85 + (d - 33)
        if n > 0xffffffff:
            raise ValueError('Ascii85 overflow') from None
        out.extend(n.to_bytes(4, 'big'))

    for c in b:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                flush(group)
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        missing = 5 - len(group)
        flush(group + [117] * missing)
        del out[len(out) - missing:]
    return bytes(out)


# ---- MIME-style Base64, line by line --------------------------------------------------------

def _check_bytes_like(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from err
    return m


def encodebytes(s):
    """Encode a bytestring into a bytes object of lines of base64 data, 76 characters each."""
    _check_bytes_like(s)
    s = bytes(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode a bytestring of base64 data into a bytes object."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode a binary file's contents to another binary file as base64 lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode base64 lines from a binary file to another binary file."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
