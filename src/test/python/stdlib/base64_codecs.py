# base64: every encoding, its options and its errors.
import base64
cases = [
 lambda: base64.b64decode('aGk=\n', validate=True), lambda: base64.b64decode('aGk=\n'), lambda: base64.b64decode('aGk', validate=True), lambda: base64.b64decode(b'a-_=', altchars=b'-_'),
 lambda: base64.b64decode(1), lambda: base64.b64decode('é'), lambda: base64.b64encode('x'), lambda: base64.b64encode(b'\xfb\xff', altchars=b'-'),
 lambda: base64.b32encode(b'hello'), lambda: base64.b32decode('NBSWY3DP'), lambda: base64.b32decode('nbswy3dp'), lambda: base64.b32decode('nbswy3dp', casefold=True),
 lambda: base64.b32decode('NBSWY3D'), lambda: base64.b32decode('NBSWY3D1'), lambda: base64.b32decode('0BSWY3DP', map01='L'), lambda: base64.b32decode('NBSWY3DPEE======'),
 lambda: base64.b32decode('NBSWY3DPE======='), lambda: base64.b32hexencode(b'hello!'), lambda: base64.b32hexdecode('D1IMOR3F44======'), lambda: base64.b32decode(''),
 lambda: base64.b16encode(b'\xab\x01'), lambda: base64.b16decode('AB01'), lambda: base64.b16decode('ab01'), lambda: base64.b16decode('ab01', True), lambda: base64.b16decode('AB0'),
 lambda: base64.b85encode(b'hello world'), lambda: base64.b85encode(b'hello', pad=True), lambda: base64.b85decode(b'Xk~0{Zy<MXa%^M'), lambda: base64.b85decode(b'Xk~0{Zy<MXa%^'),
 lambda: base64.b85decode(b'Xk~0{Zy<M"a%^M'), lambda: base64.a85encode(b'hello world'), lambda: base64.a85encode(b'\0\0\0\0    ', foldspaces=True), lambda: base64.a85encode(b'hello world', adobe=True, wrapcol=10),
 lambda: base64.a85decode(b'BOu!rD]j7BEbo7'), lambda: base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), lambda: base64.a85decode(b'z'), lambda: base64.a85decode(b'y', foldspaces=True),
 lambda: base64.a85decode(b'BOu!rD]j7BEbo7~>'), lambda: base64.a85decode(b'BOu!{'), lambda: base64.encodebytes(b'x'*100), lambda: base64.decodebytes(b'eHh4\neHh4\n'),
 lambda: base64.encodebytes('x'), lambda: base64.z85encode(b'hello world!'), lambda: base64.z85decode(b'xK#0@zY<mxA+]nf'), lambda: base64.b85encode(b''), lambda: base64.a85encode(b''),
 lambda: base64.urlsafe_b64decode('-_8='), lambda: base64.standard_b64decode(b'AAAA'), lambda: base64.b85decode('~~~~~'), lambda: base64.a85decode(b's8W-"'), lambda: base64.a85decode(b's8W-#'),
 lambda: base64.b85decode(b'|NsC0'),lambda: base64.b85decode(b'|NsC1'), lambda: base64.a85encode(b'abcdefgh'*5, wrapcol=7), lambda: base64.a85encode(b'\0\0\0\0', pad=True), lambda: base64.a85encode(b'ab', pad=True),
 lambda: base64.a85decode(b'@:E_WAS,RgBkhF"D/O92EH6,BF`qtRH$VbC6UX@47n?3D92&&T:Jand;cHat=\'/U/0JP==1c70M3&s#]<+ELH;X+)', ), lambda: base64.b32decode('NBSWY3DP='),lambda: base64.b32decode('NBSWY===') ,
 lambda: base64.decodebytes('eHh4'), lambda: base64.b64decode('aGk=', altchars='-_'), lambda: base64.b85decode(b'\x80'), lambda: base64.a85decode(b'z!'), lambda: base64.a85decode(b'!!!!z'),
]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
