# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter runs once, on the first
# asend/athrow/aclose/__anext__; the hooks are per thread.
import sys
print(sys.get_asyncgen_hooks())
seen = []
sys.set_asyncgen_hooks(firstiter=seen.append)
print(sys.get_asyncgen_hooks().firstiter is not None, sys.get_asyncgen_hooks().finalizer)
async def ag():
    yield 1
g = ag()
print(len(seen))
c = g.__anext__()
print(len(seen), seen[0] is g)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
g.__anext__().close()
print(len(seen))
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print(e)
import threading
sys.set_asyncgen_hooks(firstiter=print)
out = []
t = threading.Thread(target=lambda: out.append(sys.get_asyncgen_hooks()))
t.start(); t.join()
print(out, sys.get_asyncgen_hooks().firstiter is print, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
