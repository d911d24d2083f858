# io: StringIO and BytesIO state for copy and pickle (__getstate__ / __setstate__).
import io, copy
s = io.StringIO("abc\r\n", newline=None); s.read(1)
c = copy.copy(s)
print(repr(c.getvalue()), c.tell(), s.__getstate__())
b = io.BytesIO(b"xyz"); b.read(2)
d = copy.deepcopy(b)
print(d.getvalue(), d.tell(), b.__getstate__())
class Tagged(io.StringIO):
    pass
t = Tagged("t"); t.label = "L"
u = copy.copy(t)
print(type(u).__name__, u.getvalue(), u.label, t.__getstate__())
n = io.StringIO()
n.__setstate__(("a\nb", "\r\n", 1, None))
print(repr(n.getvalue()), n.tell(), n.readlines())
